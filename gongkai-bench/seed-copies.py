#!/usr/bin/env python3
# Test input for the end-to-end audit figures in README.md: N copies of the seed report with varied
# agency, year and numbers, written as UTF-8 text files into OUT (a folder outside the repository, e.g.
# /tmp/gk5k). YEARS consecutive years per agency (default 5): 1 gives no year-over-year pairs, 5 gives
# four pairs for every five files.
#   python3 gongkai-bench/seed-copies.py N OUT [YEARS]
import os, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
per_agency = int(sys.argv[3]) if len(sys.argv) > 3 else 5
here = os.path.dirname(os.path.abspath(__file__))
seed_path = os.path.join(here, '..', '..', 'shared', 'seed', '000_7364606721a9d05b.txt')
seed = open(os.environ.get('GONGKAI_SEED', seed_path), encoding='utf-8').read()
cities = ['达州市','成都市','绵阳市','南充市','宜宾市','泸州市','德阳市','乐山市','眉山市','遂宁市']
depts = ['商务局','教育局','民政局','财政局','交通运输局','农业农村局','卫生健康委员会','文化广电旅游局','应急管理局','市场监督管理局']
rnd = random.Random(42)
os.makedirs(out, exist_ok=True)
agencies = n // per_agency + 1
width = len(str(n))
k = 0
for a in range(agencies):
    chars = '东西南北中甲乙丙丁戊己庚辛壬癸金木水火土'
    q, district = a // 100, ''
    while q > 0:
        district = chars[q % 20] + district
        q //= 20
    agency = cities[a % 10] + (district + '区' if district else '') + depts[(a // 10) % 10]
    for j in range(per_agency):
        if k >= n: break
        year = 2020 + j
        s = seed.replace('2020年', '%d年' % year)
        t = s.replace('?????', agency + str(year) + '年政府信息公开工作年度报告\n', 1)
        lic = rnd.randint(0, 99); ch = rnd.randint(-5, 5)
        t = t.replace('行政許可 | 64 | -3 | 61', '行政許可 | %d | %d | %d' % (lic, ch, rnd.randint(0, 500)))
        g = rnd.randint(0, 30)
        t = t.replace('(一)予以公開 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '(一)予以公開 | %d | 0 | 0 | 0 | 0 | 0 | %d' % (g, g))
        t = t.replace('一、本年新收政府信息公開申請數量 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '一、本年新收政府信息公開申請數量 | %d | 0 | 0 | 0 | 0 | 0 | %d' % (g, g))
        t = t.replace('(七)總計 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '(七)總計 | %d | 0 | 0 | 0 | 0 | 0 | %d' % (g, g))
        with open(os.path.join(out, '%0*d.txt' % (width, k)), 'w', encoding='utf-8') as f:
            f.write(t)
        k += 1
