import { SelectField } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage, type Language } from '../../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SelectField
      className="shell-inline-field"
      label={t('shell.language')}
      value={i18n.language}
      onChange={(event) => {
        const language = event.target.value as Language;
        rememberLanguage(language);
        void i18n.changeLanguage(language);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`shell.languages.${language}`)}
        </option>
      ))}
    </SelectField>
  );
}
