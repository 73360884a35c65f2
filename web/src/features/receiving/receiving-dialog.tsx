import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeReceivingError, InputProblem } from './receiving-errors';

interface ReceivingDialogProps {
  trigger: string;
  title: string;
  intro?: string;
  submit: string;
  variant?: 'primary' | 'secondary';
  /** Sends the change; a refusal keeps the dialog open with it as a sentence; an InputProblem
   *  (the form's own check, shown at its field) keeps it open and focuses that field. */
  onSubmit: () => Promise<unknown>;
  onDone: () => void;
  /** The form's fields, mounted only while the dialog is open. */
  children?: ReactNode;
}

/** A button and its modal dialog: a form, its refusal as a sentence, focus back on close. */
export function ReceivingDialog({
  trigger,
  title,
  intro,
  submit,
  variant = 'secondary',
  onSubmit,
  onDone,
  children,
}: ReceivingDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      ref.current?.close();
      onDone();
    } catch (caught) {
      // A field the form itself found wanting says so at the field, which takes the focus.
      if (caught instanceof InputProblem) {
        setError(null);
        requestAnimationFrame(() =>
          formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant={variant}
        data-size="sm"
        onClick={() => {
          setError(null);
          setOpen(true);
          ref.current?.showModal();
        }}
      >
        {trigger}
      </Button>
      <Dialog
        ref={ref}
        aria-labelledby={titleId}
        closeButton={t('casePage.actions.close')}
        onClose={() => setOpen(false)}
      >
        <form
          ref={formRef}
          className="case-dialog"
          noValidate
          onSubmit={(event) => void send(event)}
        >
          <Heading level={2} data-size="xs" id={titleId}>
            {title}
          </Heading>
          {intro && <Paragraph>{intro}</Paragraph>}
          {open && children}
          {error !== null && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{describeReceivingError(error, t)}</Paragraph>
            </Alert>
          )}
          <div className="case-dialog__buttons">
            <Button type="submit" loading={busy}>
              {submit}
            </Button>
            <Button variant="tertiary" type="button" onClick={() => ref.current?.close()}>
              {t('casePage.actions.abort')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
