import { describe, expect, it } from 'vitest';
import { insideLongerName } from '../../lib/engine/longer-names';

/** Is `name` (its first occurrence in `text`) inside a longer capitalised name? */
const inside = (text: string, name: string, named: string[] = []) => {
  const start = text.indexOf(name);
  const starts = new Set(named.map((n) => text.indexOf(n)));
  return insideLongerName(text, start, start + name.length, (at) => starts.has(at));
};

describe('a known name inside a longer name no pack lists', () => {
  it('is two capitalised words after, two before, or one on each side', () => {
    expect(inside('Activists at the Aleppo Media Centre said the shelling went on.', 'Aleppo')).toBe(true);
    expect(
      inside('Photos posted by the group Raqqa Is Being Slaughtered Silently showed the ruins of the old town after the strikes.', 'Raqqa'),
    ).toBe(true);
    expect(inside('Combatientes del Ejército Libre Siria atacaron las posiciones del gobierno en el sur de la ciudad.', 'Siria')).toBe(
      true,
    );
    expect(inside('Según la Red Siria de Derechos Humanos, murieron diez civiles.', 'Siria')).toBe(true);
  });

  it('is two capitalised words, a linking word, then the name, unless those words start another known name', () => {
    expect(inside('Los bombardeos dañaron la Ciudad Vieja de Alepo durante la noche.', 'Alepo')).toBe(true);
    expect(inside('Un portavoz del Consejo Local de Alepo habló.', 'Alepo')).toBe(true);
    expect(inside('Fighters of the Free Syrian Army of Idlib withdrew.', 'Idlib', ['Free Syrian Army'])).toBe(false);
    expect(inside('Students of the University of Damascus protested.', 'Damascus')).toBe(false);
  });

  it('counts capitalised words across several linking words, and one linked word before with one after', () => {
    expect(inside('Lo anunció el Departamento del Tesoro de Estados Unidos el martes.', 'Estados Unidos')).toBe(true);
    expect(inside('A leader in the Islamist Faithful of Raqqa Brigade spoke.', 'Raqqa')).toBe(true);
    // A title is no part of a name: the Secretary of State of the country is the country's.
    expect(inside('Lo dijo el secretario de Estado de Estados Unidos, en Madrid.', 'Estados Unidos')).toBe(false);
    expect(inside('Lo dijo el Secretario de Estado de Estados Unidos, en Madrid.', 'Estados Unidos')).toBe(false);
    expect(inside('The Battle of Aleppo ended in 2016.', 'Aleppo')).toBe(false);
  });

  it('is not one capitalised word, nor a German noun after the name', () => {
    expect(inside('Students of the Damascus University protested.', 'Damascus')).toBe(false);
    expect(inside('Russland hat in Syrien Truppen stationiert.', 'Syrien')).toBe(false);
    expect(inside('Das Nachbarland Syrien schwieg.', 'Syrien')).toBe(false);
  });

  it('does not count sentence openings, function words, days, compass points, titles of states or descriptions', () => {
    expect(inside('On Monday Aleppo was shelled again.', 'Aleppo')).toBe(false);
    expect(inside('In Northern Syria the fighting went on.', 'Syria')).toBe(false);
    expect(inside('Die Islamische Republik Iran schwieg.', 'Iran')).toBe(false);
    expect(inside('La República Árabe Siria rechazó el informe.', 'Siria')).toBe(false);
    expect(inside("Talks were hosted by Afghanistan's Islamist Taliban in Kabul.", 'Taliban')).toBe(false);
    expect(inside('Fighters of the Iran-backed Lebanese Hezbollah withdrew.', 'Hezbollah')).toBe(false);
    expect(inside('La Siria de Bashar al Asad cayó.', 'Siria')).toBe(false);
  });

  it('stops at another known name, and leaves headlines in title case alone', () => {
    const speech = 'In a speech on television, Hezbollah Secretary-General Naim Qassem said the group would not give up its weapons.';
    expect(inside(speech, 'Hezbollah', ['Naim Qassem'])).toBe(false);
    expect(inside(speech, 'Hezbollah')).toBe(true);
    expect(inside('Rebels Retake Aleppo Media Centre After Heavy Fighting\nThe rebels said so.', 'Aleppo')).toBe(false);
  });
});
