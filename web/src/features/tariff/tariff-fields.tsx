import {
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TariffBand, TariffCategory } from '../../gql/graphql';
import { currentLanguage, LOCALES } from '../../i18n/i18n';
import { bandOf, priceOf, serviceWeeklyHours, sumHours, type TariffSettings } from './tariff';
import './tariff.css';

const CATEGORIES: readonly TariffCategory[] = ['DEVELOPING', 'MAINTAINING', 'SHORT_NURSING'];

/** The tariff part of the decision form. */
export interface TariffForm {
  tariffCategory: TariffCategory | '';
  nursingWeeks: string;
  individualJustification: string;
}

export function formatAmount(value: number, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatHours(value: number): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], { maximumFractionDigits: 2 }).format(
    value,
  );
}

/**
 * The category, the band computed live from the services' weekly hours (by the settings the
 * case opened with), the nursing weeks of SHORT_NURSING and, above band 3, the justification.
 */
export function TariffFields({
  form,
  settings,
  services,
  onChange,
}: {
  form: TariffForm;
  settings: TariffSettings & { developingFollowUpWeeks: number; maintainingFollowUpMonths: number };
  services: {
    hoursPerWeek: number | null;
    visitsPerWeek: number | null;
    minutesPerVisit: number | null;
  }[];
  onChange: (next: Partial<TariffForm>) => void;
}) {
  const { t } = useTranslation();
  const perService = services.map((s) =>
    serviceWeeklyHours(s.hoursPerWeek, s.visitsPerWeek, s.minutesPerVisit),
  );
  const hours = sumHours(perService);
  const band = bandOf(hours, settings);
  const price = priceOf(band, hours, settings);
  const unknown = services.some((s, i) => s.visitsPerWeek !== null && perService[i] === null);
  const range = {
    below: formatHours(band === 'BAND_1' ? settings.tariffBand1Below : settings.tariffBand2Below),
    from: formatHours(band === 'BAND_2' ? settings.tariffBand1Below : settings.tariffBand2Below),
    upTo: formatHours(settings.tariffBand3UpTo),
  };
  return (
    <Fieldset className="tariff-fields">
      <Fieldset.Legend>{t('tariff.decision.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('tariff.decision.help')}</Fieldset.Description>
      {CATEGORIES.map((category) => (
        <Radio
          key={category}
          name="tariffCategory"
          value={category}
          label={t(`tariff.decision.categories.${category}`)}
          description={t(`tariff.decision.categoryHelp.${category}`, {
            weeks: settings.developingFollowUpWeeks,
            months: settings.maintainingFollowUpMonths,
          })}
          checked={form.tariffCategory === category}
          onChange={() => onChange({ tariffCategory: category })}
        />
      ))}
      {form.tariffCategory === 'SHORT_NURSING' && (
        <Field>
          <Label>{t('tariff.decision.nursingWeeks')}</Label>
          <Select
            value={form.nursingWeeks}
            onChange={(event) => onChange({ nursingWeeks: event.target.value })}
          >
            {[1, 2, 3].map((weeks) => (
              <option key={weeks} value={String(weeks)}>
                {t('tariff.decision.nursingWeeksOption', { count: weeks })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <dl className="tariff-band" aria-live="polite">
        <div>
          <dt>{t('tariff.decision.weeklyHours')}</dt>
          <dd>{t('tariff.decision.hoursValue', { hours: formatHours(hours) })}</dd>
        </div>
        <div>
          <dt>{t('tariff.decision.band')}</dt>
          <dd>
            <Tag data-color={band === 'INDIVIDUAL' ? 'warning' : 'info'} data-size="sm">
              {t(`tariff.decision.bands.${band}`)}
            </Tag>{' '}
            <span className="tariff-band__range">
              ({t(`tariff.decision.bandRange.${band}`, range)})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('tariff.decision.price')}</dt>
          <dd>{t('tariff.decision.priceValue', { amount: formatAmount(price) })}</dd>
        </div>
      </dl>
      {unknown && <Paragraph data-size="sm">{t('tariff.decision.unknownMinutes')}</Paragraph>}
      {band === 'INDIVIDUAL' && (
        <Textfield
          label={t('tariff.decision.individualJustification')}
          description={t('tariff.decision.individualJustificationHelp', { upTo: range.upTo })}
          multiline
          rows={3}
          required
          value={form.individualJustification}
          onChange={(event) => onChange({ individualJustification: event.target.value })}
        />
      )}
    </Fieldset>
  );
}

/** A recorded decision's tariff in one sentence (nothing without a category). */
export function TariffSummary({
  decision,
}: {
  decision: {
    tariffCategory?: TariffCategory | null;
    tariffBand?: TariffBand | null;
    weeklyHours?: number | null;
    weeklyPrice?: number | null;
  };
}) {
  const { t } = useTranslation();
  if (!decision.tariffCategory || !decision.tariffBand) return null;
  return (
    <Paragraph data-testid="tariff-summary">
      {t('tariff.decision.recorded', {
        category: t(`tariff.decision.categories.${decision.tariffCategory}`),
        band: t(`tariff.decision.bands.${decision.tariffBand}`),
        hours: formatHours(decision.weeklyHours ?? 0),
        amount: formatAmount(decision.weeklyPrice ?? 0),
      })}
    </Paragraph>
  );
}
