/** JQL syntax tree. */
export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  | { kind: 'value'; value: string; quoted: boolean; pos: number }
  | { kind: 'empty'; pos: number }
  | { kind: 'function'; name: string; args: string[]; pos: number }
  | { kind: 'list'; items: Operand[]; pos: number };

export type Node =
  | { kind: 'and'; items: Node[] }
  | { kind: 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'clause'; field: string; fieldPos: number; op: Operator; operand: Operand };

export interface OrderBy {
  field: string;
  direction?: 'asc' | 'desc';
  pos: number;
}

export interface Query {
  where?: Node;
  orderBy: OrderBy[];
}
