export { Button, type ButtonProps } from './Button';
export { CommitField, type ParseResult } from './CommitField';
export { Dialog } from './Dialog';
export { describedBy, FieldFrame } from './FieldFrame';
export { InputField } from './InputField';
export { SelectField } from './SelectField';
export { TextField } from './TextField';
export { ClockField, DurationField, OptionalClockField } from './TimeFields';
export { type Toast, ToastProvider, useToast } from './Toasts';
