import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Artifact, continueRender, delayRender, Freeze, useCurrentFrame } from 'remotion';
import { SIGNATURES_ARTIFACT } from './layer-mode';
import { signatureOf } from './signature';

// A probe plays a whole run in one go (about 10 ms a frame); a long episode on a loaded machine must not time out.
const PROBE_TIMEOUT_MS = 30 * 60_000;

/** Resolves after the macrotasks already queued (effects, their state updates), unlike setTimeout never throttled. */
const settle = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Plays its children at every frame from the one being rendered up to `to` (exclusive) without capturing any, and emits
 * each frame's signature (see signatureOf) as one artifact. The render's frame is held until all are done: one render
 * of one frame probes a whole run, with no round trip to Node per frame.
 */
export const SignatureProbe = ({ to, children }: { readonly to: number; readonly children: ReactNode }) => {
  const from = useCurrentFrame();
  const [handle] = useState(() => delayRender(`Probing frames ${from}-${to - 1}`, { timeoutInMilliseconds: PROBE_TIMEOUT_MS }));
  const [frame, setFrame] = useState(from);
  const [signatures, setSignatures] = useState<string[] | null>(null);
  const seen = useRef<string[]>([]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      if (frame === from) await document.fonts.ready;
      await settle();
      if (!current || !root.current) return;
      seen.current[frame - from] = signatureOf(root.current, frame);
      if (frame + 1 < to) setFrame(frame + 1);
      else setSignatures(seen.current.slice());
    })();
    return () => {
      current = false;
    };
  }, [frame, from, to]);

  // Runs after <Artifact/> (a child) has registered the signatures.
  useEffect(() => {
    if (signatures) continueRender(handle);
  }, [signatures, handle]);

  return (
    <>
      <div ref={root} style={{ position: 'absolute', inset: 0 }}>
        <Freeze frame={frame}>{children}</Freeze>
      </div>
      {signatures ? <Artifact filename={SIGNATURES_ARTIFACT} content={JSON.stringify(signatures)} /> : null}
    </>
  );
};
