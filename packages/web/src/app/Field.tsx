/**
 * A labelled form control with its error, when there is one. The label names the control by id, so
 * that its accessible name is the label alone, and the error is announced as the control's
 * description; the first wrong control of a form takes the focus.
 */
import { cloneElement, isValidElement, type ReactElement, useEffect, useId } from 'react';

export function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | undefined;
  children: ReactElement;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  // When a check finds problems, the first wrong field of the form gets the focus, in view, so
  // that the message is never out of sight while the focus stays on Save.
  useEffect(() => {
    if (!error) return;
    const control = document.getElementById(id);
    const scope = control?.closest('form') ?? document;
    if (control && scope.querySelector('[aria-invalid="true"]') === control) {
      control.focus({ preventScroll: true });
      control.scrollIntoView({ block: 'center' });
    }
  }, [error, id]);
  const control = isValidElement(children)
    ? cloneElement(children as ReactElement<Record<string, unknown>>, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })
    : children;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
