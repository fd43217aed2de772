-- Provider deliveries for wrk: every request a new text message, from a new sender or from a pool.
--   BENCH_PROVIDER  d360 | whatsappweb          BENCH_PHASE  one digit that keeps phases apart
--   BENCH_POOL      0: a new sender each time; n: one of n senders (names from NAMES x SURNAMES)
--   BENCH_HOT       a sender that writes every 100th message (a long session to page through)
local provider = os.getenv("BENCH_PROVIDER")
local phase = os.getenv("BENCH_PHASE") or "1"
local pool = tonumber(os.getenv("BENCH_POOL") or "0")
local hot = os.getenv("BENCH_HOT")
local NAMES = {"João", "Maria", "Ana", "Pedro", "Luíza", "Carlos", "Fernanda", "José", "Beatriz", "Rafael",
               "Juliana", "Marcos", "Patrícia", "Lucas", "Camila", "Tiago", "Letícia", "André", "Bruna", "Felipe"}
local SURNAMES = {"Silva", "Souza", "Oliveira", "Santos", "Pereira", "Lima", "Carvalho", "Gomes", "Ribeiro", "Almeida",
                  "Costa", "Rocha", "Martins", "Araújo", "Barbosa", "Cardoso", "Teixeira", "Moreira", "Nunes", "Mendes"}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  n = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local function sender()
  if hot and n % 100 == 0 then
    return hot, 0
  end
  if pool > 0 then
    local k = (n * 7919 + tid * 104729) % pool
    return string.format("552197%07d", k), k
  end
  local k = n
  return string.format("55219%s%d%06d", phase, tid, k), k
end

function request()
  n = n + 1
  local from, k = sender()
  local name = NAMES[k % 20 + 1] .. " " .. SURNAMES[math.floor(k / 20) % 20 + 1]
  local id = string.format("B%s%d%07d", phase, tid, n)
  local now = os.time()
  local body
  if provider == "d360" then
    body = string.format('{"messages":[{"id":"wamid.%s","from":"%s","type":"text","timestamp":"%d",' ..
      '"text":{"body":"Olá, preciso de ajuda com o pedido %d"}}],' ..
      '"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}]}', id, from, now, n, name, from)
  else
    body = string.format('{"type":"MESSAGE","id":"%s","from":"%s","fromUserName":"%s","to":"web5521977776666",' ..
      '"body":{"content":"Olá, preciso de ajuda com o pedido %d","type":"text"},"timestamp":%d}',
      id, from, name, n, now)
  end
  return wrk.format(nil, nil, nil, body)
end
