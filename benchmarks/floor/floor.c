/* The floor for reading a year's answers CSV (issue 13): one single-threaded pass that splits all six fields of every
 * row (unit,tool,respondent,item,part,answer) and counts the answers per unit, item and level — what any reader of
 * the file must at least do. No validation beyond what the counting needs, no respondents, no scoring.
 *
 * Build: cc -O2 -o floor floor.c        Run: ./floor answers.csv
 * Prints: units, rows, answers and a checksum of the counts (so that nothing is optimised away). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITEMS 256 /* item slots: tool letter and number hashed below */
#define LEVELS 8

static long counts[ITEMS][LEVELS];

static unsigned slot(const char *item, size_t n)
{
    unsigned h = 0;
    for (size_t i = 0; i < n; i++) h = h * 31 + (unsigned char)item[i];
    return h % ITEMS;
}

int main(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: floor answers.csv\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    size_t cap = 1 << 20, len = 0;
    char *buf = malloc(cap);
    char unit[256] = {0};
    size_t unitLen = 0;
    long units = 0, rows = 0, answers = 0;
    unsigned long long checksum = 0;
    int header = 1;
    for (;;) {
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        int eof = got == 0;
        size_t pos = 0;
        for (;;) {
            char *nl = memchr(buf + pos, '\n', len - pos);
            if (!nl) {
                if (!eof || pos == len) break;
                nl = buf + len; /* last line without a line break */
            }
            char *line = buf + pos, *end = nl;
            pos = (size_t)(nl - buf) + (nl < buf + len ? 1 : 0);
            if (end > line && end[-1] == '\r') end--;
            if (header) { header = 0; continue; }
            if (end == line) continue;
            /* split the six fields */
            char *field[6];
            size_t flen[6];
            char *p = line;
            int k = 0;
            for (; k < 6; k++) {
                char *c = k < 5 ? memchr(p, ',', (size_t)(end - p)) : NULL;
                if (!c) c = end;
                field[k] = p;
                flen[k] = (size_t)(c - p);
                p = c + 1;
                if (c == end) { k++; break; }
            }
            if (k != 6) continue;
            rows++;
            if (flen[0] != unitLen || memcmp(field[0], unit, unitLen) != 0) {
                /* a new unit: fold the counts of the last one into the checksum and clear them */
                for (int i = 0; i < ITEMS; i++)
                    for (int l = 0; l < LEVELS; l++) {
                        checksum = checksum * 1000003u + (unsigned long long)counts[i][l];
                        counts[i][l] = 0;
                    }
                unitLen = flen[0] < sizeof unit ? flen[0] : sizeof unit - 1;
                memcpy(unit, field[0], unitLen);
                units++;
            }
            if (flen[5] == 0) continue; /* skipped */
            int level = field[5][0] - '0';
            if (level < 0 || level >= LEVELS) continue;
            /* tool, respondent and part are split but only the item and answer are counted */
            counts[slot(field[3], flen[3]) ^ (field[1][0] == 'e' ? 128 : 0) ^ (unsigned)flen[4]][level]++;
            answers++;
        }
        memmove(buf, buf + pos, len - pos);
        len -= pos;
        if (eof) break;
        if (len == cap) { cap *= 2; buf = realloc(buf, cap); }
    }
    for (int i = 0; i < ITEMS; i++)
        for (int l = 0; l < LEVELS; l++) checksum = checksum * 1000003u + (unsigned long long)counts[i][l];
    printf("units %ld rows %ld answers %ld checksum %llu\n", units, rows, answers, checksum);
    fclose(f);
    free(buf);
    return 0;
}
