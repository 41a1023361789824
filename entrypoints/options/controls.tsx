/** Small form controls shared by the settings page's sections. */

export function Choice<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: ReadonlyArray<[T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option} class="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled checkbox that reports its new state. */
export function Check({
  checked,
  onChange,
  class: className,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  class?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <label class={className}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange((event.target as HTMLInputElement).checked)} /> {children}
    </label>
  );
}
