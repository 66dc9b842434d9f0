import type { PackSource } from '../pack';

/**
 * Emoji and emoticons read the same in every language, so every pack compiles them in. Weights as for
 * words (1 mild … 3 strong). Sina Weibo's bracketed stickers ([怒], [泪]) are in the Chinese packs.
 */
export const SYMBOLS: Partial<PackSource> = {
  emotions: {
    anger: {
      3: ['😡', '🤬', '👿', '🖕'],
      2: ['😠', '💢', '😤', '>:(', '>:-(', '(╯°□°）╯︵ ┻━┻', '(╯°□°)╯︵ ┻━┻'],
    },
    frustration: {
      2: ['🙄', '😒', '😑', '🤦', '🤦‍♂️', '🤦‍♀️', '😩', '😫', '-_-', '-.-', '=_=', '╯︿╰'],
      1: ['😐', '😕', '👎', ':/', ':-/', ':\\', '😣', '😖'],
    },
    sadness: {
      3: ['😭', '💔'],
      2: ['😢', '😞', '😔', '🥺', '😿', ':(', ':-(', ":'(", ':((', 'QAQ'],
      1: ['☹', '☹️', '🙁', '😥', '😓', '😪'],
    },
    anxiety: {
      2: ['😰', '😨', '😱', '😬', '😟', '😧'],
      1: ['😳', '🫣', '😵'],
    },
    confusion: {
      2: ['🤔', '😕', '🤨', '❓', '❔', '⁉', '¿'],
      1: ['😶', '🧐'],
    },
    joy: {
      3: ['😍', '🥰', '🎉', '🥳'],
      2: [
        // Tears of laughter are often wry in Chinese social media, so they count less than 😍.
        '😂',
        '🤣',
        '😀',
        '😃',
        '😄',
        '😁',
        '😆',
        '😊',
        '☺',
        '☺️',
        '🙂',
        '😎',
        '😋',
        '😘',
        '❤',
        '❤️',
        '♥',
        '💕',
        '💖',
        '💗',
        '💯',
        '👍',
        '👏',
        '🔥',
        '✨',
        '🌟',
        '😻',
        ':)',
        ':-)',
        ':D',
        ':-D',
        ';)',
        ';-)',
        '=)',
        ':P',
        ':p',
        '^_^',
        '^^',
        '(:',
        'XD',
        '<3',
      ],
      1: ['😉', '😅', '🙌', '👌', '💪', '✌', '✌️', '😏'],
    },
    gratitude: {
      2: ['🙏', '🙏🏻', '🙏🏼', '🙏🏽', '💐'],
    },
  },
};
