import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from 'src/common/clock';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { type LocalDate, localDateOf } from 'src/modules/cases/clarification-period';

/** The municipality's calendar: which local date an instant falls on, in its time zone. */
@Injectable()
export class MunicipalCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // The time-zone arithmetic (Intl) was much of a list's CPU time (docs/performance.md):
  // today is kept for the second it was asked in.
  private todayOf: { second: number; date: LocalDate } = { second: NaN, date: '' };

  /** Today's local date in the municipality. */
  today(): LocalDate {
    const now = this.clock.now();
    const second = Math.floor(now.getTime() / 1000);
    if (this.todayOf.second !== second) this.todayOf = { second, date: this.dateOf(now) };
    return this.todayOf.date;
  }

  /** The municipality's local date of an instant. */
  dateOf(instant: Date): LocalDate {
    return localDateOf(instant, this.config.TZ_MUNICIPALITY);
  }
}
