import { Button, Fieldset, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ParticipantKind } from '../../gql/graphql';

/** One participant of a coordination meeting, as written. */
export interface ParticipantDraft {
  kind: ParticipantKind;
  role: string;
  name: string;
}

const KINDS: ParticipantKind[] = ['PERSON', 'RELATIVE', 'EXTERNAL'];

export function newParticipant(kind: ParticipantKind = 'PERSON'): ParticipantDraft {
  return { kind, role: '', name: '' };
}

/** The participants as the API takes them (empty texts left out). */
export function participantsInput(participants: readonly ParticipantDraft[]) {
  return participants.map((p) => ({
    kind: p.kind,
    role: p.role.trim() || null,
    name: p.name.trim() || null,
  }));
}

/** What is wrong with the participants before they are sent, or null. */
export function participantsProblem(
  participants: readonly ParticipantDraft[],
  t: (key: string) => string,
): string | null {
  if (participants.length === 0) return t('coordination.participants.required');
  if (participants.some((p) => p.kind === 'EXTERNAL' && p.role.trim() === ''))
    return t('coordination.participants.roleRequired');
  return null;
}

/** Who took part in a coordination meeting: the person, relatives, external parties by role. */
export function ParticipantsEditor({
  participants,
  onChange,
}: {
  participants: ParticipantDraft[];
  onChange: (participants: ParticipantDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ParticipantDraft>) =>
    onChange(participants.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Fieldset className="journal-participants">
      <Fieldset.Legend>{t('coordination.participants.legend')}</Fieldset.Legend>
      {participants.map((participant, index) => (
        <div key={index} className="journal-participant">
          <Field data-size="sm">
            <Label>{`${t('coordination.participants.kind')} ${index + 1}`}</Label>
            <Select
              value={participant.kind}
              onChange={(event) => update(index, { kind: event.target.value as ParticipantKind })}
            >
              {KINDS.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(`coordination.participants.${kind}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {participant.kind !== 'PERSON' && (
            <Textfield
              data-size="sm"
              label={t('coordination.participants.role')}
              description={t('coordination.participants.roleHelp')}
              required={participant.kind === 'EXTERNAL'}
              value={participant.role}
              onChange={(event) => update(index, { role: event.target.value })}
            />
          )}
          {participant.kind !== 'PERSON' && (
            <Textfield
              data-size="sm"
              label={t('coordination.participants.name')}
              value={participant.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
          )}
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => onChange(participants.filter((_, i) => i !== index))}
          >
            {t('coordination.participants.remove', { number: index + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => onChange([...participants, newParticipant('RELATIVE')])}
        >
          {t('coordination.participants.add')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** The participants of a stored entry in one line ("The person, daughter (Kari), GP"). */
export function participantsLine(
  participants: readonly { kind: ParticipantKind; role?: string | null; name?: string | null }[],
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const list = participants
    .map((p) => {
      const what = p.role ?? t(`coordination.participants.${p.kind}`);
      return p.name ? `${what} (${p.name})` : what;
    })
    .join(', ');
  return t('coordination.participants.list', { list });
}
