import { useCallback, useEffect, useRef, useState } from 'react';

export type MediaFailure = 'denied' | 'no_device' | 'failed';

export interface LocalMedia {
  stream: MediaStream | null;
  failure: MediaFailure | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  cameraId: string;
  microphoneId: string;
  audioOn: boolean;
  videoOn: boolean;
  screenOn: boolean;
  chooseCamera: (id: string) => void;
  chooseMicrophone: (id: string) => void;
  toggleAudio: (on?: boolean) => void;
  toggleVideo: () => void;
  /** Mobile: the next camera (front, back). */
  switchCamera: () => void;
  /** Replaces the camera picture with a screen, or back; resolves with the video track now sent. */
  toggleScreen: () => Promise<MediaStreamTrack | null>;
}

function failureOf(error: unknown): MediaFailure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_device';
  return 'failed';
}

/**
 * The camera and microphone: the chosen devices, on and off, the next camera on a phone, the screen
 * instead of the camera. Tracks stay in one stream so a meeting can replace them without renegotiating.
 */
export function useLocalMedia(onTrackChange?: (kind: 'audio' | 'video', track: MediaStreamTrack | null) => void): LocalMedia {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failure, setFailure] = useState<MediaFailure | null>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState('');
  const [microphoneId, setMicrophoneId] = useState('');
  const [audioOn, setAudioOn] = useState(true);
  const [videoOn, setVideoOn] = useState(true);
  const [screenOn, setScreenOn] = useState(false);
  const streamRef = useRef<MediaStream | null>(null);
  const screenRef = useRef<MediaStreamTrack | null>(null);
  const onChange = useRef(onTrackChange);
  onChange.current = onTrackChange;

  const open = useCallback(async (camera: string, microphone: string) => {
    try {
      const next = await navigator.mediaDevices.getUserMedia({
        audio: microphone ? { deviceId: { exact: microphone } } : true,
        video: camera ? { deviceId: { exact: camera } } : { width: { ideal: 640 }, height: { ideal: 480 } },
      });
      const previous = streamRef.current;
      if (previous) {
        for (const kind of ['audio', 'video'] as const) {
          const old = kind === 'audio' ? previous.getAudioTracks()[0] : previous.getVideoTracks()[0];
          const fresh = kind === 'audio' ? next.getAudioTracks()[0] : next.getVideoTracks()[0];
          if (!fresh || (kind === 'video' && screenRef.current)) {
            fresh?.stop();
            continue;
          }
          if (old) {
            previous.removeTrack(old);
            old.stop();
          }
          fresh.enabled = kind === 'audio' ? audioOnRef.current : videoOnRef.current;
          previous.addTrack(fresh);
          onChange.current?.(kind, fresh);
        }
        setStream(new MediaStream(previous.getTracks()));
      } else {
        streamRef.current = next;
        setStream(next);
      }
      setFailure(null);
      const all = await navigator.mediaDevices.enumerateDevices();
      setDevices(all.filter((d) => d.deviceId));
      const live = streamRef.current ?? next;
      setCameraId(live.getVideoTracks()[0]?.getSettings().deviceId ?? camera);
      setMicrophoneId(live.getAudioTracks()[0]?.getSettings().deviceId ?? microphone);
    } catch (error) {
      setFailure(failureOf(error));
    }
  }, []);

  const audioOnRef = useRef(audioOn);
  audioOnRef.current = audioOn;
  const videoOnRef = useRef(videoOn);
  videoOnRef.current = videoOn;

  useEffect(() => {
    void open('', '');
    return () => {
      for (const track of streamRef.current?.getTracks() ?? []) track.stop();
      screenRef.current?.stop();
      streamRef.current = null;
    };
  }, [open]);

  const cameras = devices.filter((d) => d.kind === 'videoinput');
  const microphones = devices.filter((d) => d.kind === 'audioinput');

  const toggleAudio = useCallback((on?: boolean) => {
    setAudioOn((current) => {
      const next = on ?? !current;
      for (const track of streamRef.current?.getAudioTracks() ?? []) track.enabled = next;
      return next;
    });
  }, []);

  const toggleVideo = useCallback(() => {
    setVideoOn((current) => {
      for (const track of streamRef.current?.getVideoTracks() ?? []) track.enabled = !current;
      return !current;
    });
  }, []);

  const switchCamera = useCallback(() => {
    if (cameras.length < 2) return;
    const index = cameras.findIndex((c) => c.deviceId === cameraId);
    const next = cameras[(index + 1) % cameras.length]!.deviceId;
    void open(next, microphoneId);
  }, [cameras, cameraId, microphoneId, open]);

  const toggleScreen = useCallback(async (): Promise<MediaStreamTrack | null> => {
    const current = streamRef.current;
    if (!current) return null;
    if (screenRef.current) {
      const screen = screenRef.current;
      screenRef.current = null;
      current.removeTrack(screen);
      screen.stop();
      setScreenOn(false);
      await open(cameraId, microphoneId);
      const camera = streamRef.current?.getVideoTracks()[0] ?? null;
      onChange.current?.('video', camera);
      return camera;
    }
    try {
      const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      const screen = display.getVideoTracks()[0]!;
      for (const camera of current.getVideoTracks()) {
        current.removeTrack(camera);
        camera.stop();
      }
      current.addTrack(screen);
      screenRef.current = screen;
      setScreenOn(true);
      setStream(new MediaStream(current.getTracks()));
      onChange.current?.('video', screen);
      // Stopping from the browser's own "stop sharing" bar brings the camera back.
      screen.addEventListener('ended', () => void toggleScreenRef.current?.());
      return screen;
    } catch {
      return null;
    }
  }, [cameraId, microphoneId, open]);
  const toggleScreenRef = useRef<typeof toggleScreen | null>(null);
  toggleScreenRef.current = toggleScreen;

  return {
    stream,
    failure,
    cameras,
    microphones,
    cameraId,
    microphoneId,
    audioOn,
    videoOn,
    screenOn,
    chooseCamera: (id) => void open(id, microphoneId),
    chooseMicrophone: (id) => void open(cameraId, id),
    toggleAudio,
    toggleVideo,
    switchCamera,
    toggleScreen,
  };
}
