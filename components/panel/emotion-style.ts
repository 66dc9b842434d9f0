import type { EmotionLabel } from '@/lib/types';

// One hue per emotion, chosen to stay distinguishable for the common colour-vision deficiencies
// and to pass WCAG AA (4.5:1) as text on both the light and the dark panel background.
export const EMOTION_COLOR: Record<EmotionLabel, { light: string; dark: string }> = {
  anger: { light: '#b71c1c', dark: '#ff8a80' },
  frustration: { light: '#a84300', dark: '#ffab70' },
  anxiety: { light: '#6a1b9a', dark: '#d7a8ff' },
  sadness: { light: '#1456a0', dark: '#90c2ff' },
  confusion: { light: '#00695c', dark: '#7fdbca' },
  joy: { light: '#2e6b1f', dark: '#a5d98f' },
  gratitude: { light: '#a0144f', dark: '#ff9ec4' },
  neutral: { light: '#4a5560', dark: '#b8c2cc' },
};
