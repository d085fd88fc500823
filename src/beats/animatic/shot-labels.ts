import type { CameraMove, ShotType, StoryRole } from '../../schema';

/** How a slate names each shot type, the way a storyboard artist writes it. */
export const SHOT_LABELS: Record<ShotType, string> = {
  'extreme-close-up': 'ECU',
  'close-up': 'CLOSE-UP',
  medium: 'MEDIUM',
  'two-shot': 'TWO-SHOT',
  'over-the-shoulder': 'OTS',
  wide: 'WIDE',
  insert: 'INSERT',
  pov: 'POV',
};

/** Camera moves on a slate; a static camera is not worth a word. */
export const CAMERA_LABELS: Record<CameraMove, string | null> = {
  static: null,
  'push-in': 'PUSH IN',
  'pull-out': 'PULL OUT',
  'pan-left': 'PAN LEFT',
  'pan-right': 'PAN RIGHT',
  handheld: 'HANDHELD',
};

export const ROLE_LABELS: Record<StoryRole, string> = {
  hook: 'HOOK',
  escalation: 'ESCALATION',
  reveal: 'REVEAL',
  cliffhanger: 'CLIFFHANGER',
};

/** Frames as a timecode a director reads: 00:12.4 (minutes, seconds, tenths). */
export const timecode = (frames: number, fps: number): string => {
  const tenths = Math.floor((frames / fps) * 10);
  const minutes = Math.floor(tenths / 600);
  const seconds = Math.floor((tenths % 600) / 10);
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${tenths % 10}`;
};
