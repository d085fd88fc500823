import { Video } from '@remotion/media';
import type { CSSProperties } from 'react';
import { Img, staticFile, useCurrentFrame, useVideoConfig } from 'remotion';
import { isVideoPath, type CameraMove, type Media } from '../../schema';
import { focalAnchorIn, type Rect } from '../../safe-zones';
import { FocalPointMarker } from '../../safe-zones/FocalPointMarker';
import { Layer } from '../Layer';
import { usePictureSize } from './assets-context';
import { clipTrim, leavesBars, pixelRect, placePicture, stillZoom } from './media-fit';
import { MediaBackdrop } from './MediaBackdrop';

type Props = {
  readonly media: Media;
  readonly fps: number;
  readonly durationInFrames: number;
  readonly background: string;
  readonly camera?: CameraMove;
  /** The episode's safe area: the focal point (a face) lands inside it. */
  readonly safeArea?: Rect;
  /** Field path of the focal point, naming the face in `cliffhanger check`. */
  readonly source?: string;
};

/**
 * A beat's own footage: a clip (trimmed, at its playback rate, muted or not) or a still with a slow push-in, framed
 * around its focal point; a letterboxed (`contain`) picture gets a blurred copy of itself behind it.
 */
export const MediaShot = ({ media, fps, durationInFrames, background, camera = 'push-in', safeArea, source }: Props) => {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const size = usePictureSize(media.src);
  const isClip = isVideoPath(media.src);
  const zoom = isClip ? 1 : stillZoom({ frame, durationInFrames, camera });
  const anchor = safeArea ? focalAnchorIn(safeArea) : undefined;
  const placed = size ? placePicture({ media: size, frame: { width, height }, fit: media.fit, focalPoint: media.focalPoint, zoom, anchor }) : null;
  // A still moves (push-in) and keeps its fractions; a clip sits on whole pixels, as ffmpeg draws it in a layered render.
  const rect = placed && isClip ? pixelRect(placed) : placed;
  const face = rect ? { x: rect.left + media.focalPoint.x * rect.width, y: rect.top + media.focalPoint.y * rect.height } : null;
  // Unmeasured media (a bare bundle without props from the CLI or the Studio) falls back to CSS framing.
  const style: CSSProperties = rect
    ? { position: 'absolute', left: rect.left, top: rect.top, width: rect.width, height: rect.height }
    : { width: '100%', height: '100%', objectPosition: `${media.focalPoint.x * 100}% ${media.focalPoint.y * 100}%`, transform: `scale(${zoom})` };
  const { trimBefore, trimAfter } = clipTrim(media, fps);
  return (
    <Layer style={{ backgroundColor: background, overflow: 'hidden' }}>
      {rect && leavesBars(rect, { width, height }) ? <MediaBackdrop media={media} fps={fps} isClip={isClip} /> : null}
      {isClip ? (
        <Video src={staticFile(media.src)} trimBefore={trimBefore} trimAfter={trimAfter} playbackRate={media.playbackRate} muted={media.muted} objectFit={rect ? 'fill' : media.fit} style={style} />
      ) : (
        <Img src={staticFile(media.src)} style={{ ...style, objectFit: rect ? 'fill' : media.fit }} />
      )}
      {face && source ? <FocalPointMarker point={face} source={source} /> : null}
    </Layer>
  );
};
