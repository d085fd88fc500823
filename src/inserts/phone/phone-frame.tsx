import type { ReactNode } from 'react';
import { AbsoluteFill } from 'remotion';
import { SoftBackdrop } from '../shared/soft-backdrop';
import { BEZEL_PX, SCREEN_RADIUS_PX, type PhoneLayout } from './phone-layout';
import { StatusBar } from './status-bar';

/** Device colours: near-black glass and a lighter metal rim that separates it from dark backdrops. */
const BODY_COLOR = '#0a0a0c';
const RIM_COLOR = '#4a4a52';
/** The camera island and the home indicator, as on a current iPhone at this screen size. */
const ISLAND = { width: 200, height: 58, top: 20 } as const;
const HOME_INDICATOR = { width: 260, height: 10, bottom: 14 } as const;

type PhoneFrameProps = {
  /** Where the phone sits (phoneLayout of the episode's safe area). */
  readonly phone: PhoneLayout;
  /** Light or dark system UI: sets status-bar and home-indicator colours. */
  readonly mode: 'dark' | 'light';
  readonly clock: string;
  /** Backdrop around the phone (the series background). */
  readonly backdrop: string;
  /** A second backdrop colour, blended into the first as an out-of-focus room. */
  readonly backdropGlow: string;
  /** Screen fill under the content. */
  readonly screenColor: string;
  /** A CSS transform for the whole shot (origin 0 0), e.g. a camera push. */
  readonly cameraTransform?: string;
  readonly children: ReactNode;
};

/** A phone held to camera: device body, camera island, status bar and home indicator around `children` (screen-local px). */
export const PhoneFrame = ({ phone, mode, clock, backdrop, backdropGlow, screenColor, cameraTransform, children }: PhoneFrameProps) => {
  const ink = mode === 'dark' ? '#ffffff' : '#0b0b0d';
  const { body, screen } = phone;
  return (
    <AbsoluteFill style={{ background: backdrop }}>
      <SoftBackdrop colors={[backdrop, backdrop, backdropGlow]} seed="phone-backdrop" />
      <AbsoluteFill style={{ transform: cameraTransform, transformOrigin: '0 0' }}>
        <div
          style={{
            position: 'absolute', left: body.x, top: body.y, width: body.width,
            height: body.height, borderRadius: SCREEN_RADIUS_PX + BEZEL_PX, background: BODY_COLOR,
            border: `3px solid ${RIM_COLOR}`, boxSizing: 'border-box',
          }}
        />
        <div
          style={{
            position: 'absolute', left: screen.x, top: screen.y, width: screen.width,
            height: screen.height, borderRadius: SCREEN_RADIUS_PX, overflow: 'hidden', background: screenColor,
          }}
        >
          {children}
          <StatusBar clock={clock} color={ink} />
          <div
            style={{
              position: 'absolute', top: ISLAND.top, left: (screen.width - ISLAND.width) / 2,
              width: ISLAND.width, height: ISLAND.height, borderRadius: ISLAND.height / 2, background: '#000',
            }}
          />
          <div
            style={{
              position: 'absolute', bottom: HOME_INDICATOR.bottom, left: (screen.width - HOME_INDICATOR.width) / 2,
              width: HOME_INDICATOR.width, height: HOME_INDICATOR.height, borderRadius: HOME_INDICATOR.height / 2,
              background: ink, opacity: 0.8,
            }}
          />
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
};
