import { mountApp } from '../../shared/mountApp';
import { ProjectPage } from './ProjectPage';

void mountApp(<ProjectPage />);
