// Front door of the settings module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { SettingsService } from './settings.service';
