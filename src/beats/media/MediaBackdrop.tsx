import { Video } from '@remotion/media';
import type { CSSProperties } from 'react';
import { Img, staticFile } from 'remotion';
import type { Media } from '../../schema';
import { Layer } from '../Layer';
import { clipTrim } from './media-fit';

// Tuning: how soft and how dark the copy behind a letterboxed picture is. Enough blur that no detail competes with
// the picture (40–80 px on a 1080-wide frame), dark enough that the picture's edges still read (0.4–0.6).
const BLUR_PX = 60;
const BRIGHTNESS = 0.5;
// A blur fades out toward the layer's edges; scaling the copy past the frame keeps that fade out of sight.
const OVERSCAN = 1.2;

const STYLE: CSSProperties = { width: '100%', height: '100%', objectFit: 'cover', filter: `blur(${BLUR_PX}px) brightness(${BRIGHTNESS})`, transform: `scale(${OVERSCAN})` };

/** Fills the bars around a letterboxed (`contain`) picture with a blurred, darkened copy of it covering the frame. */
export const MediaBackdrop = ({ media, fps, isClip }: { readonly media: Media; readonly fps: number; readonly isClip: boolean }) => {
  const { trimBefore, trimAfter } = clipTrim(media, fps);
  return (
    <Layer>
      {isClip ? (
        <Video src={staticFile(media.src)} trimBefore={trimBefore} trimAfter={trimAfter} playbackRate={media.playbackRate} muted objectFit="cover" style={STYLE} />
      ) : (
        <Img src={staticFile(media.src)} style={STYLE} />
      )}
    </Layer>
  );
};
