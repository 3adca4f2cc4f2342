import { useEffect, useState } from 'react';

import { readProgram } from '../../../../shared/model/read';
import { type Program } from '../../../../shared/model/types';
import { useProgramSession } from '../../program';

/** Co-tutors may type while the preview is open: read again once they pause. */
const SETTLE_MS = 300;

/** The whole program with its rich text, kept current while the component lives. */
export function useProgramSnapshot(): Program {
  const { doc } = useProgramSession();
  const [program, setProgram] = useState(() => readProgram(doc));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setProgram(readProgram(doc)), SETTLE_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc]);

  return program;
}
