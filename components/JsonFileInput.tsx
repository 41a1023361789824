/** A labelled picker for one JSON file. It clears itself after each pick, so the same file can be chosen again. */
import type { ComponentChildren } from 'preact';

export function JsonFileInput({
  class: className,
  children,
  onFile,
}: {
  class?: string;
  children: ComponentChildren;
  onFile: (file: File) => Promise<unknown>;
}) {
  return (
    <label class={className}>
      {children}{' '}
      <input
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void onFile(file).finally(() => (input.value = ''));
        }}
      />
    </label>
  );
}
