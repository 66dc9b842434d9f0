import type { EmotionLabel } from '@/lib/types';

// Drawn faces rather than emoji: emoji render differently on every OS and some read as mocking.
const MOUTH: Record<EmotionLabel, string> = {
  anger: 'M8 17 Q12 13.5 16 17',
  frustration: 'M8 16 L16 15',
  anxiety: 'M8 16 Q10 14.5 12 16 T16 16',
  sadness: 'M8 17 Q12 14 16 17',
  confusion: 'M8 16 Q11 15 16 14.5',
  joy: 'M7.5 14 Q12 19 16.5 14',
  gratitude: 'M8 14.5 Q12 18 16 14.5',
  neutral: 'M8.5 15.5 L15.5 15.5',
};

const BROWS: Partial<Record<EmotionLabel, string>> = {
  anger: 'M7 8 L10.5 9.5 M17 8 L13.5 9.5',
  frustration: 'M7 8.5 L10.5 8.5 M13.5 9 L17 8',
  anxiety: 'M7 9 L10.5 7.8 M13.5 7.8 L17 9',
  sadness: 'M7 9 L10.5 8 M13.5 8 L17 9',
  confusion: 'M7 8 Q9 7 10.5 8',
};

export function MoodFace({ emotion, size = 28 }: { emotion: EmotionLabel; size?: number }) {
  const closedEyes = emotion === 'gratitude' || emotion === 'joy';
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" class="mood-face">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      {closedEyes ? (
        <path d="M8 11 Q9 9.8 10 11 M14 11 Q15 9.8 16 11" fill="none" stroke="currentColor" stroke-width="1.4" />
      ) : (
        <>
          <circle cx="9" cy="11" r="1.1" fill="currentColor" />
          <circle cx="15" cy="11" r="1.1" fill="currentColor" />
        </>
      )}
      {BROWS[emotion] && <path d={BROWS[emotion]} fill="none" stroke="currentColor" stroke-width="1.3" />}
      {emotion === 'sadness' && <path d="M16.2 12.5 q0.8 1.6 0 2.2 q-0.8 -0.6 0 -2.2" fill="currentColor" />}
      <path d={MOUTH[emotion]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
