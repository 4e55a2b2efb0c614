import { useEffect, useRef } from 'react';

interface Props {
  stream: MediaStream | null;
  label: string;
  /** The own picture: never played back (no echo) and mirrored as in a mirror. */
  self?: boolean;
  note?: string | null;
  participantId?: string;
}

/** One person's video with their name under it. */
export function VideoTile({ stream, label, self = false, note, participantId }: Props) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined);
  }, [stream]);
  return (
    <figure className={`vk-video-tile${self ? ' vk-video-tile--self' : ''}`} data-participant={participantId}>
      <video ref={ref} autoPlay playsInline muted={self} aria-label={label} className="vk-video" data-remote={self ? undefined : participantId} />
      <figcaption className="vk-video-tile__caption">
        <span>{label}</span>
        {note ? <span className="vk-video-tile__note">{note}</span> : null}
      </figcaption>
    </figure>
  );
}
