import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { germanCompassCompounds, germanDeclensions, germanPersonGenitive, germanPlaceGenitive } from '../../lib/engine/german';
import { compileIndex } from '../../lib/engine/index-compile';
import { findMentions } from '../../lib/engine/scan-text';
import { entry } from '../support/entries';

describe('German declined forms of a name', () => {
  it('declines leading adjectives with -en and adds the genitive to a noun that takes one', () => {
    expect(germanDeclensions('Freie Syrische Armee')).toEqual(['Freien Syrischen Armee', 'Freien Syrischen Armees']);
    expect(germanDeclensions('Islamischer Staat')).toEqual([
      'Islamischen Staat',
      'Islamischen Staats',
      'Islamischen Staates',
      'Islamische Staat',
    ]);
    expect(germanDeclensions('Internationales Komitee vom Roten Kreuz')).toEqual([
      'Internationalen Komitee vom Roten Kreuz',
      'Internationalen Komitees vom Roten Kreuz',
      'Internationale Komitee vom Roten Kreuz',
    ]);
    // A noun ending in a hissing sound takes -es, never a bare -s.
    expect(germanDeclensions('Internationales Rotes Kreuz')).toEqual([
      'Internationalen Roten Kreuz',
      'Internationalen Roten Kreuzes',
      'Internationale Rote Kreuz',
    ]);
    // A feminine or plural head noun keeps its form.
    expect(germanDeclensions('Syrische Beobachtungsstelle für Menschenrechte')).toEqual([
      'Syrischen Beobachtungsstelle für Menschenrechte',
    ]);
    expect(germanDeclensions('Vereinte Nationen')).toEqual(['Vereinten Nationen']);
  });

  it('leaves names without a leading adjective alone', () => {
    expect(germanDeclensions('Hayat Tahrir al-Scham')).toEqual([]);
    expect(germanDeclensions('Hamas')).toEqual([]);
    expect(germanDeclensions('Kurdische')).toEqual([]);
  });

  it('matches the declined forms of German names only, with the name’s own strength', () => {
    const index = AliasIndex.open(
      compileIndex([
        entry('fsa', 'organization', [
          { text: 'Free Syrian Army', kind: 'name', lang: 'en' },
          { text: 'Freie Syrische Armee', kind: 'name', lang: 'de' },
        ]),
        entry('ngo', 'organization', [{ text: 'Syrian Observatory', kind: 'name', lang: 'en' }]),
      ]),
    );
    const marks = (text: string) => findMentions(text, index).map((m) => [m.text, index.entry(m.entry!).id]);
    expect(marks('Kämpfer der Freien Syrischen Armee zogen ab; die Freie Syrische Armee bestätigte das.')).toEqual([
      ['Freien Syrischen Armee', 'fsa'],
      ['Freie Syrische Armee', 'fsa'],
    ]);
    // English names are not declined.
    expect(marks('The Syrian Observatorys report')).toEqual([]);
  });
});

describe('German compass compounds of a place name', () => {
  it('joins the compass points to a one-word name, and derives nothing for longer names', () => {
    expect(germanCompassCompounds('Syrien')).toEqual([
      'Nordsyrien',
      'Südsyrien',
      'Ostsyrien',
      'Westsyrien',
      'Nordostsyrien',
      'Nordwestsyrien',
      'Südostsyrien',
      'Südwestsyrien',
    ]);
    expect(germanCompassCompounds('Vereinigte Staaten')).toEqual([]);
    expect(germanCompassCompounds('Rom')).toEqual([]);
  });

  it('marks the compound as the place, for place entries only', () => {
    const syria = entry('syria', 'place', [{ text: 'Syrien', kind: 'name', lang: 'de' }]);
    const index = AliasIndex.open(compileIndex([syria]));
    expect(findMentions('Die Armee rückte in Nordostsyrien vor.', index).map((m) => m.text)).toEqual(['Nordostsyrien']);
  });
});

describe('the German genitive of a place name', () => {
  it('adds -s to neuter one-word names, and nothing to feminine ones, hissing endings or longer names', () => {
    expect(germanPlaceGenitive('Syrien')).toBe('Syriens');
    expect(germanPlaceGenitive('Jemen')).toBe('Jemens');
    expect(germanPlaceGenitive('Türkei')).toBeUndefined();
    expect(germanPlaceGenitive('Ukraine')).toBeUndefined();
    expect(germanPlaceGenitive('Damaskus')).toBeUndefined();
    expect(germanPlaceGenitive('Vereinigte Staaten')).toBeUndefined();
  });

  it('marks the genitive as the place, for German names of places only', () => {
    const index = AliasIndex.open(
      compileIndex([
        entry('syria', 'place', [{ text: 'Syrien', kind: 'name', lang: 'de' }]),
        entry('qamishli', 'place', [{ text: 'Qamishli', kind: 'name', lang: 'en' }]),
        entry('hamas', 'organization', [{ text: 'Hamas', kind: 'name', lang: 'de' }]),
      ]),
    );
    expect(findMentions('Die Regierung Syriens und die Stadt Qamishlis; Syrien selbst.', index).map((m) => m.text)).toEqual([
      'Syriens',
      'Syrien',
    ]);
  });
});

describe('the German genitive of a person’s name', () => {
  it('adds -s to a one-word name, and nothing to one ending in a hissing sound', () => {
    expect(germanPersonGenitive('Trump')).toBe('Trumps');
    expect(germanPersonGenitive('Abbas')).toBeUndefined();
    expect(germanPersonGenitive('al-Scharaa')).toBeUndefined();
  });

  it('marks it beside a German noun, for a short name and for a surname after the full name, and not the English plural', () => {
    const index = AliasIndex.open(
      compileIndex([
        entry('trump', 'person', [
          { text: 'Donald Trump', kind: 'name', lang: 'en' },
          { text: 'Trump', kind: 'weakAlias', caseSensitive: true },
        ]),
        entry('sharaa', 'person', [{ text: 'Ahmed al-Scharaa', kind: 'name', lang: 'de' }]),
      ]),
    );
    const texts = (text: string) => findMentions(text, index).map((m) => m.text);
    expect(texts('Donald Trump sprach. Trumps Zölle treffen Europa; die Politik Trumps bleibt umstritten.')).toEqual([
      'Donald Trump',
      'Trumps',
      'Trumps',
    ]);
    expect(texts('Ahmed al-Scharaa reiste an. Scharaas Regierung verhandelt mit Scharaas engsten Beratern.')).toEqual([
      'Ahmed al-Scharaa',
      'Scharaas',
      'Scharaas',
    ]);
    expect(texts('Donald Trump spoke. The Trumps were there.')).toEqual(['Donald Trump']);
  });
});
