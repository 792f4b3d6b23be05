"""make_department.py N DIR REF: N course files in DIR, each with its own copy of the
reference syllabus REF.txt and a course file made from REF.toml (its own id, code and
syllabus name). Shared by bench/run.sh and bench/instructions.sh."""
import os, re, sys

n, d, ref = int(sys.argv[1]), sys.argv[2], sys.argv[3]
os.makedirs(d, exist_ok=True)
toml, txt = open(ref + ".toml").read(), open(ref + ".txt").read()
for i in range(n):
    cid = f"c{i:05}"
    t = re.sub(r'(?m)^id = ".*"', f'id = "{cid}"', toml)
    t = re.sub(r'(?m)^syllabus = ".*"', f'syllabus = "{cid}.txt"', t)
    t = re.sub(r'(?m)^code = ".*"', f'code = "CEng {i}"', t)
    open(f"{d}/{cid}.toml", "w").write(t)
    open(f"{d}/{cid}.txt", "w").write(txt)
