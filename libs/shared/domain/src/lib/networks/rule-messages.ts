import type { Violation } from './violation';

/** Every code a rule can report: the API's 400 details and the SPA's i18n keys (`rules.<code>`). */
export const RULE_CODES = [
  'text_too_long', 'text_too_many_bytes', 'text_empty', 'thread_not_supported', 'thread_too_long', 'thread_part_empty',
  'too_many_links', 'too_many_hashtags', 'media_required', 'too_many_media', 'too_many_videos', 'mixed_media_not_supported',
  'media_type_not_supported', 'image_too_large', 'video_too_large', 'video_too_long', 'aspect_ratio_out_of_range', 'alt_text_too_long',
  'link_invalid', 'link_card_hidden_by_media', 'unknown_channel',
  'image_alt_missing', 'alt_text_is_file_name', 'alt_text_repeats_text', 'video_captions_missing', 'image_mostly_text',
  'hashtag_not_camel_case', 'too_many_emoji', 'emoji_as_bullet', 'text_in_capitals', 'link_without_context',
  'falc_long_sentence', 'falc_long_word', 'falc_number_in_letters',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** i18next-style templates (`{{param}}`), French first; the SPA merges them under `rules`. */
export const RULE_MESSAGES: Readonly<Record<'fr' | 'en', Readonly<Record<RuleCode, string>>>> = {
  fr: {
    text_too_long: 'Texte trop long : {{length}} sur {{limit}} autorisés.',
    text_too_many_bytes: 'Texte trop lourd : {{length}} octets sur {{limit}} autorisés.',
    text_empty: 'Le message est vide.',
    thread_not_supported: 'Ce réseau ne publie pas de fil : raccourcissez le texte.',
    thread_too_long: 'Fil trop long : {{count}} parties sur {{max}} possibles.',
    thread_part_empty: 'La partie {{part}} du fil est vide.',
    too_many_links: 'Trop de liens : {{count}} sur {{max}} autorisés.',
    too_many_hashtags: 'Trop de mots-dièse : {{count}}, {{max}} au plus.',
    media_required: 'Ce réseau exige au moins une image ou une vidéo.',
    too_many_media: 'Trop de médias : {{count}} sur {{max}} autorisés.',
    too_many_videos: 'Trop de vidéos : {{count}} sur {{max}} autorisées.',
    mixed_media_not_supported: 'Ce réseau ne mélange pas images et vidéo dans un message.',
    media_type_not_supported: 'Format {{type}} refusé par ce réseau (acceptés : {{accepted}}).',
    image_too_large: 'Image trop lourde : {{size}} octets, {{max}} au plus.',
    video_too_large: 'Vidéo trop lourde : {{size}} octets, {{max}} au plus.',
    video_too_long: 'Vidéo trop longue : {{seconds}} s, {{max}} s au plus.',
    aspect_ratio_out_of_range: 'Proportions {{ratio}} hors des limites du réseau ({{min}} à {{max}}).',
    alt_text_too_long: 'Texte alternatif trop long : {{length}} sur {{max}} autorisés.',
    link_invalid: 'Lien invalide : {{link}}.',
    link_card_hidden_by_media: 'Avec un média, la carte du lien ne sera pas affichée.',
    unknown_channel: 'Canal inconnu : {{channelId}}.',
    image_alt_missing: 'Ajoutez un texte alternatif qui décrit l’image.',
    alt_text_is_file_name: 'Le texte alternatif « {{alt}} » est un nom de fichier : décrivez l’image.',
    alt_text_repeats_text: 'Le texte alternatif répète le message : décrivez ce que montre l’image.',
    video_captions_missing: 'Ajoutez des sous-titres à la vidéo.',
    image_mostly_text: 'Image de texte : reprenez ce texte dans le message ou le texte alternatif.',
    hashtag_not_camel_case: 'Écrivez {{hashtag}} avec une majuscule à chaque mot, pour les lecteurs d’écran.',
    too_many_emoji: '{{count}} émojis : {{max}} au plus, chacun est lu à voix haute.',
    emoji_as_bullet: 'Émoji utilisé comme puce : préférez un tiret.',
    text_in_capitals: 'Texte en capitales (« {{words}} ») : difficile à lire, épelé par les lecteurs d’écran.',
    link_without_context: '« {{words}} » ne dit pas où mène le lien : nommez sa destination.',
    falc_long_sentence: 'Phrase longue ({{words}} mots) : {{max}} au plus pour le FALC.',
    falc_long_word: 'Mot long : « {{word}} ». Un mot plus court existe-t-il ?',
    falc_number_in_letters: 'Écrivez « {{word}} » en chiffres.',
  },
  en: {
    text_too_long: 'Text too long: {{length}} of {{limit}} allowed.',
    text_too_many_bytes: 'Text too heavy: {{length}} bytes of {{limit}} allowed.',
    text_empty: 'The post is empty.',
    thread_not_supported: 'This network has no threads: shorten the text.',
    thread_too_long: 'Thread too long: {{count}} parts of {{max}} possible.',
    thread_part_empty: 'Part {{part}} of the thread is empty.',
    too_many_links: 'Too many links: {{count}} of {{max}} allowed.',
    too_many_hashtags: 'Too many hashtags: {{count}}, at most {{max}}.',
    media_required: 'This network requires at least one image or video.',
    too_many_media: 'Too many media: {{count}} of {{max}} allowed.',
    too_many_videos: 'Too many videos: {{count}} of {{max}} allowed.',
    mixed_media_not_supported: 'This network does not mix images and a video in one post.',
    media_type_not_supported: 'Format {{type}} refused by this network (accepted: {{accepted}}).',
    image_too_large: 'Image too large: {{size}} bytes, at most {{max}}.',
    video_too_large: 'Video too large: {{size}} bytes, at most {{max}}.',
    video_too_long: 'Video too long: {{seconds}} s, at most {{max}} s.',
    aspect_ratio_out_of_range: 'Aspect ratio {{ratio}} outside the network’s range ({{min}} to {{max}}).',
    alt_text_too_long: 'Alt text too long: {{length}} of {{max}} allowed.',
    link_invalid: 'Invalid link: {{link}}.',
    link_card_hidden_by_media: 'With a media attached, the link card will not be shown.',
    unknown_channel: 'Unknown channel: {{channelId}}.',
    image_alt_missing: 'Add an alt text describing the image.',
    alt_text_is_file_name: 'The alt text “{{alt}}” is a file name: describe the image.',
    alt_text_repeats_text: 'The alt text repeats the post: describe what the image shows.',
    video_captions_missing: 'Add captions to the video.',
    image_mostly_text: 'Image of text: put that text in the post or the alt text.',
    hashtag_not_camel_case: 'Write {{hashtag}} with a capital for each word, for screen readers.',
    too_many_emoji: '{{count}} emoji: at most {{max}}, each one is read aloud.',
    emoji_as_bullet: 'Emoji used as a bullet: prefer a dash.',
    text_in_capitals: 'Text in capitals (“{{words}}”): hard to read, spelt out by screen readers.',
    link_without_context: '“{{words}}” does not say where the link goes: name its destination.',
    falc_long_sentence: 'Long sentence ({{words}} words): at most {{max}} for easy-read.',
    falc_long_word: 'Long word: “{{word}}”. Is there a shorter one?',
    falc_number_in_letters: 'Write “{{word}}” in digits.',
  },
};

/** The violation's message in one language (the API's `message`; the SPA uses its i18n with the same templates). */
export function ruleMessage(v: Pick<Violation, 'code' | 'params'>, language: 'fr' | 'en' = 'fr'): string {
  const template = (RULE_MESSAGES[language] as Readonly<Record<string, string>>)[v.code] ?? v.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => String(v.params[name] ?? ''));
}
