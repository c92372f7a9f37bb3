import type { SandboxIssue } from '../model';
import type { JqlContext, JqlField, Value } from './context';
import { dateFunction, parseJqlDate } from './dates';

type Funcs = NonNullable<JqlField['functions']>;

export function optionField(
  values: (issue: SandboxIssue) => Value[],
  resolve: JqlField['resolve'],
  functions: Funcs = {},
  sortValue?: (issue: SandboxIssue) => Value | undefined,
): JqlField {
  return { kind: 'option', values, resolve, functions, sortValue };
}

export function numberField(name: string, values: (issue: SandboxIssue) => number[]): JqlField {
  return {
    kind: 'number',
    values,
    resolve: (literal, errors) => {
      const n = Number(literal);
      if (literal.trim() === '' || Number.isNaN(n)) {
        errors.push(`The value '${literal}' is an invalid number for the field '${name}'.`);
        return undefined;
      }
      return [n];
    },
    sortValue: (issue) => values(issue)[0],
    compare: (a, b) => Number(a) - Number(b),
  };
}

export function dateField(ctx: JqlContext, name: string, values: (issue: SandboxIssue) => number[]): JqlField {
  const functions: Funcs = {};
  for (const fn of ['now', 'startofday', 'endofday', 'startofweek', 'endofweek', 'startofmonth', 'endofmonth', 'startofyear', 'endofyear']) {
    functions[fn] = (args, errors) => {
      const ms = dateFunction(fn, args, ctx.now, ctx.timeZone);
      if (ms === undefined) {
        errors.push(`The argument '${args.join(', ')}' of function '${fn}' is invalid.`);
        return undefined;
      }
      return [ms];
    };
  }
  return {
    kind: 'date',
    values,
    resolve: (literal, errors) => {
      const ms = parseJqlDate(literal, ctx.now, ctx.timeZone);
      if (ms === undefined) {
        errors.push(
          `Date value '${literal}' for field '${name}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
        );
        return undefined;
      }
      return [ms];
    },
    functions,
    sortValue: (issue) => values(issue)[0],
    compare: (a, b) => Number(a) - Number(b),
  };
}

/** Text fields hold one string; `~` is evaluated in the evaluator with textMatches. */
export function textField(text: (issue: SandboxIssue) => string, sortable = false): JqlField {
  return {
    kind: 'text',
    values: (issue) => {
      const t = text(issue);
      return t.trim() ? [t] : [];
    },
    resolve: (literal) => [literal],
    sortValue: sortable ? (issue) => text(issue).toLowerCase() : undefined,
  };
}
