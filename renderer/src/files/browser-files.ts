/** Saving and choosing files in the browser preview, where the host has no dialogs. */

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

export function downloadFile(name: string, bytes: Uint8Array): void {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const type = MEDIA_TYPES[extension] ?? 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function readChosenFile(
  input: HTMLInputElement,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (file === undefined) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A file name from a program title: kept readable in any script, stripped of what file systems refuse. */
export function exportFileName(title: string, extension: string): string {
  const cleaned = [...title]
    // Control characters are refused by file systems as much as the punctuation is.
    .map((character) => (character.charCodeAt(0) < 32 ? ' ' : character))
    .join('')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned === '' ? 'program' : cleaned}${extension}`;
}
