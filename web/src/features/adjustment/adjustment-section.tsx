import { useMutation, useQuery } from '@apollo/client/react';
import { Heading, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdjustableServiceFragment } from '../../gql/graphql';
import { ReceivingDialog } from '../receiving/receiving-dialog';
import { InputProblem } from '../receiving/receiving-errors';
import { AdjustServiceTimeMutation, CaseServicesQuery } from './operations';
import { hoursText } from './format';

function AdjustAction({
  service,
  onDone,
}: {
  service: AdjustableServiceFragment;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'hours' | 'reason' | ''>('');
  const [send] = useMutation(AdjustServiceTimeMutation, { refetchQueries: ['CaseServices'] });
  const frame = service.delegatedFrame;
  if (!frame || service.weeklyHours === null || service.weeklyHours === undefined) return null;
  const h = (value: number) => hoursText(value, i18n.language);
  const name = service.serviceName;
  const parsed = Number(hours.replace(',', '.'));
  const hoursError =
    problem === 'hours'
      ? hours.trim() === '' || Number.isNaN(parsed)
        ? t('adjustment.dialog.hoursRequired')
        : t('adjustment.dialog.outside', { min: h(frame.minHours), max: h(frame.maxHours) })
      : undefined;
  return (
    <ReceivingDialog
      trigger={t('adjustment.dialog.trigger')}
      title={t('adjustment.dialog.title', { service: name })}
      intro={t('adjustment.dialog.intro', {
        decided: h(service.weeklyHours),
        inForce: h(service.timeInForce ?? service.weeklyHours),
        min: h(frame.minHours),
        max: h(frame.maxHours),
      })}
      submit={t('adjustment.dialog.submit')}
      onSubmit={async () => {
        if (
          hours.trim() === '' ||
          Number.isNaN(parsed) ||
          parsed < frame.minHours ||
          parsed > frame.maxHours
        ) {
          setProblem('hours');
          throw new InputProblem('hours');
        }
        if (!reason.trim()) {
          setProblem('reason');
          throw new InputProblem('reason');
        }
        setProblem('');
        await send({ variables: { id: service.id, hours: parsed, reason: reason.trim() } });
      }}
      onDone={() => {
        onDone(t('adjustment.dialog.done', { service: name, hours: h(parsed) }));
        setHours('');
        setReason('');
      }}
    >
      <Textfield
        label={t('adjustment.dialog.hours')}
        inputMode="decimal"
        aria-required
        error={hoursError}
        value={hours}
        onChange={(event) => setHours(event.target.value)}
      />
      <Textfield
        label={t('adjustment.dialog.reason')}
        multiline
        rows={3}
        aria-required
        error={problem === 'reason' ? t('adjustment.dialog.reasonRequired') : undefined}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </ReceivingDialog>
  );
}

/**
 * The unit's adjustment (Kolding): the decided services of a handed-over case with their
 * decided time, the time in force and the frame; "adjust time" for the receiving unit.
 */
export function AdjustmentSection({
  caseId,
  onDone,
}: {
  caseId: string;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(CaseServicesQuery, { variables: { id: caseId } });
  const kase = data?.assessmentCase;
  const services = kase?.decision?.services ?? [];
  if (!services.length) return null;
  const mayAdjust = kase?.viewerCan.includes('adjustServiceTime') ?? false;
  const h = (value: number) => hoursText(value, i18n.language);
  return (
    <section aria-labelledby="adjustment-services" className="case-section">
      <Heading level={2} data-size="xs" id="adjustment-services">
        {t('adjustment.section.heading')}
      </Heading>
      <ul className="case-list-plain receiving-goals" aria-label={t('adjustment.section.caption')}>
        {services.map((service) => (
          <li key={service.id} className="receiving-goal">
            <strong>{service.serviceName}</strong>
            {service.weeklyHours === null || service.weeklyHours === undefined ? (
              <span className="muted">{t('adjustment.section.noTime')}</span>
            ) : (
              <dl className="case-facts">
                <div>
                  <dt>{t('adjustment.section.decided')}</dt>
                  <dd>{t('adjustment.section.hours', { hours: h(service.weeklyHours) })}</dd>
                </div>
                <div>
                  <dt>{t('adjustment.section.inForce')}</dt>
                  <dd>
                    {t('adjustment.section.hours', {
                      hours: h(service.timeInForce ?? service.weeklyHours),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('adjustment.section.frame')}</dt>
                  <dd>
                    {service.delegatedFrame
                      ? t('adjustment.section.frameText', {
                          min: h(service.delegatedFrame.minHours),
                          max: h(service.delegatedFrame.maxHours),
                        })
                      : t('adjustment.section.noFrame')}
                  </dd>
                </div>
              </dl>
            )}
            {service.adjustments.length > 0 && (
              <div>
                <span className="muted">{t('adjustment.section.adjustments')}</span>
                <ul className="case-list-plain">
                  {service.adjustments.map((a) => (
                    <li key={a.id}>
                      {t('adjustment.section.from', {
                        from: h(a.previousHours),
                        to: h(a.hoursPerWeek),
                      })}{' '}
                      <Tag
                        data-size="sm"
                        data-color={
                          a.review?.verdict === 'REVERSED'
                            ? 'danger'
                            : a.review
                              ? 'success'
                              : 'warning'
                        }
                      >
                        {a.review
                          ? t(`adjustment.section.verdict.${a.review.verdict}`)
                          : t('adjustment.section.pending')}
                      </Tag>
                      <span className="muted"> {a.reason}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {mayAdjust && (
              <div>
                <AdjustAction service={service} onDone={onDone} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
