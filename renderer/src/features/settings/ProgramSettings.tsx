export function ProgramSettings() {
  return <div />;
}
