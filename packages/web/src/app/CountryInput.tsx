/**
 * One country picker for every form: type the country's name in the interface language (or any of
 * the region's languages and scripts), its ISO code (RS, SRB) or Kosovo's codes (XK, RKS, XKX), or
 * choose it from the list; the form receives the two-letter code. What cannot be read is passed on
 * as written, so that the form's check says "choose a country from the list" at this field.
 */
import { COUNTRY_CODES, countryCode, countryName } from '@veza/core';
import { type InputHTMLAttributes, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'> & {
  /** The code, or what the user wrote when it is not a country. */
  value: string;
  onChange: (codeOrText: string) => void;
};

/** "Srbija (RS)": what the list offers and what the box shows once a country is chosen. */
export function countryLabel(code: string, locale: string): string {
  return `${countryName(code, locale)} (${code})`;
}

/** The code a picker's text stands for, or null. */
export function readCountry(text: string): string | null {
  const chosen = /\(([A-Z]{2})\)\s*$/.exec(text.trim());
  return chosen ? countryCode(chosen[1]!) : countryCode(text);
}

function shownAs(value: string, locale: string): string {
  return value.length === 2 && readCountry(value) === value ? countryLabel(value, locale) : value;
}

/** A text box offering the countries' names as it is typed in (a datalist). */
function ListedInput({
  text,
  onText,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'> & {
  text: string;
  onText: (text: string) => void;
}) {
  const listId = useId();
  return (
    <>
      <input
        {...rest}
        list={listId}
        autoComplete="off"
        value={text}
        onChange={(e) => onText(e.target.value)}
      />
      <CountryOptions id={listId} />
    </>
  );
}

function CountryOptions({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const options = useMemo(
    () => COUNTRY_CODES.map((code) => countryLabel(code, locale)).sort((a, b) => a.localeCompare(b, 'en')),
    [locale],
  );
  return (
    <datalist id={id}>
      {options.map((label) => (
        <option key={label} value={label} />
      ))}
    </datalist>
  );
}

export function CountryInput({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  const [text, setText] = useState(() => shownAs(value, i18n.language));
  // The form's value changed from outside (reset, another language): show it anew; what the user
  // is typing, which already stands for the value, is left alone.
  useEffect(() => {
    setText((current) =>
      (readCountry(current) ?? current.trim()) === value ? current : shownAs(value, i18n.language),
    );
  }, [value, i18n.language]);
  return (
    <ListedInput
      {...rest}
      text={text}
      onText={(next) => {
        setText(next);
        onChange(readCountry(next) ?? next.trim());
      }}
      onBlur={(e) => {
        const code = readCountry(e.target.value);
        if (code) setText(countryLabel(code, i18n.language));
        rest.onBlur?.(e);
      }}
    />
  );
}

/** Several countries in one box, separated by commas: "Avganistan, Pakistan" or "AF, PK". */
export function CountriesInput({
  value,
  onChange,
  ...rest
}: Omit<Props, 'value' | 'onChange'> & { value: string[]; onChange: (codesOrTexts: string[]) => void }) {
  const { i18n } = useTranslation();
  const [text, setText] = useState(() => value.map((c) => countryName(c, i18n.language)).join(', '));
  return (
    <ListedInput
      {...rest}
      text={text}
      onText={(next) => {
        setText(next);
        onChange(
          next
            .split(/[,;]/)
            .map((part) => part.trim())
            .filter(Boolean)
            .map((part) => readCountry(part) ?? part),
        );
      }}
    />
  );
}
