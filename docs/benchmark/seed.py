#!/usr/bin/env python3
"""Seeds a household with N transactions through the API and prints the token and household id for wrk.

Usage: seed.py BASE_URL N   (e.g. seed.py http://localhost:9080 20000)
"""
import json
import random
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, count = sys.argv[1], int(sys.argv[2])


def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")


email = "bench-%d@example.org" % random.randrange(10**9)
call("POST", "/api/v1/users", {"email": email, "password": "benchmark password"})
token = call("POST", "/api/v1/auth/login", {"email": email, "password": "benchmark password"})["accessToken"]
h = call("POST", "/api/v1/households", {"name": "Benchmark"}, token)["id"]
accounts = [call("POST", "/api/v1/households/%s/accounts" % h,
                 {"code": c, "name": c, "type": "checking", "openingBalance": {"amount": "0", "currency": "USD"},
                  "openingDate": "2023-01-01"}, token)["id"] for c in ("CHK", "CARD")]
words = ["GROCERY MART", "COFFEE HOUSE", "GAS STATION", "BOOK SHOP", "PHARMACY", "RESTAURANT", "PAYROLL"]


def record(i):
    rnd = random.Random(i)
    day = "2024-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28))
    amount = "%d.%02d" % (rnd.randint(1, 300), rnd.randint(0, 99))
    call("POST", "/api/v1/households/%s/transactions" % h,
         {"accountId": accounts[i % 2], "bookingDate": day, "amount": {"amount": "-" + amount, "currency": "USD"},
          "description": "%s #%d" % (rnd.choice(words), rnd.randint(1, 99))}, token)


with ThreadPoolExecutor(8) as pool:
    list(pool.map(record, range(count)))
print(json.dumps({"token": token, "household": h, "account": accounts[0]}))
