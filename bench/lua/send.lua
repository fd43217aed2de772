-- Agent sends for wrk: POST /api/message/send round-robin over the sessions listed in BENCH_SESSIONS
-- (one id per line), with the key in BENCH_KEY.
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do
  sessions[#sessions + 1] = line
end
local key = os.getenv("BENCH_KEY")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  n = tid * 7
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. key
end

function request()
  n = n + 1
  local session = sessions[n % #sessions + 1]
  return wrk.format(nil, nil, nil,
    string.format('{"sessionId":"%s","text":"Claro! Seu pedido %d já saiu para entrega."}', session, n))
end
