import { mountApp } from '../../shared/mountApp';
import { IssuePanel } from './IssuePanel';

void mountApp(<IssuePanel />);
