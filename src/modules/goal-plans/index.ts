// Front door of the goal-plans module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { GoalPlansService } from './goal-plans.service';
