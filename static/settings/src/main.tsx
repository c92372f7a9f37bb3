import { mountApp } from '../../shared/mountApp';
import { SettingsPage } from './SettingsPage';

void mountApp(<SettingsPage />);
