// Loaded on demand by the router (`lazy`): the mapping screen stays out of the first bundle.
export { AssessmentPage as Component } from './assessment-page';
