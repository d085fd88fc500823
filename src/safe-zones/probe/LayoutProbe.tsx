import { useLayoutEffect, useRef, useState } from 'react';
import { Artifact, continueRender, delayRender, useCurrentFrame } from 'remotion';
import { layoutArtifactName, type FrameLayout } from './layout-log';
import { measureCritical } from './measure-dom';

/**
 * Measures the critical elements of every rendered frame once fonts have loaded and emits them as a
 * Remotion artifact (layout-<frame>.json) for `cliffhanger check`. The frame is held (delayRender)
 * until the artifact is in place, so none is missed.
 */
export const LayoutProbe = () => {
  const frame = useCurrentFrame();
  const ref = useRef<HTMLDivElement>(null);
  const pending = useRef<{ frame: number; handle: number } | null>(null);
  const [layout, setLayout] = useState<FrameLayout | null>(null);

  useLayoutEffect(() => {
    const handle = delayRender(`Measuring the critical elements of frame ${frame}`);
    pending.current = { frame, handle };
    let current = true;
    void document.fonts.ready.then(() => {
      const root = ref.current?.parentElement;
      if (current && root) setLayout({ frame, boxes: measureCritical(root) });
    });
    return () => {
      current = false;
      if (pending.current?.handle === handle) continueRender(handle);
      pending.current = null;
    };
  }, [frame]);

  // Runs after <Artifact/> (a child) has registered this frame's layout.
  useLayoutEffect(() => {
    if (layout && pending.current?.frame === layout.frame) {
      continueRender(pending.current.handle);
      pending.current = null;
    }
  }, [layout]);

  return (
    <div ref={ref} style={{ display: 'none' }}>
      {layout && layout.frame === frame ? <Artifact filename={layoutArtifactName(frame)} content={JSON.stringify(layout)} /> : null}
    </div>
  );
};
