-- Spreads requests over N tenants: X-Mock-Cluster: bench-0 .. bench-<N-1>, each request to the next tenant
-- (N = 0: no header, the default cluster). Arguments: mode, N, path, first SVM number.
--   get    GETs of the path (the URL's path is ignored), the tenants in turn
--   cycle  one connection per thread: POST an AWS KMS configuration for SVM vs<first + thread number> to the path
--          (a collection), DELETE what the Location header names, then the same in the next tenant; a create refused
--          (409: a leftover of a run cut short) is followed by a DELETE by query in that tenant
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "report.lua")

local mode, tenants, path, svm
local turn -- the tenant of the next request
local prepared = {} -- get: one request per tenant, formatted once
local location -- cycle: what to delete next

-- the command line's headers (wrk.format takes a table instead of them, not besides), and the tenant's
local function headers(t)
  local h = {}
  for name, value in pairs(wrk.headers) do h[name] = value end
  if tenants > 0 then h["X-Mock-Cluster"] = "bench-" .. t end
  return h
end

-- cycle only (a response function costs every request its headers and body parsed)
local function cycle_response(status, hdrs)
  if location then -- the answer to a DELETE: on to the next tenant
    location = nil
    turn = (turn + 1) % math.max(tenants, 1)
  elseif status == 201 then
    location = hdrs["Location"] or hdrs["location"]
  elseif status == 409 then
    location = string.format("%s?svm.name=vs%d", path, svm)
  end
end

function init(args)
  mode, tenants, path = args[1], tonumber(args[2]), args[3]
  svm = tonumber(args[4] or "0") + id
  turn = id % math.max(tenants, 1) -- threads start on different tenants
  if mode == "cycle" then
    response = cycle_response
  else
    for t = 0, math.max(tenants, 1) - 1 do
      prepared[t] = wrk.format("GET", path, headers(t))
    end
  end
end

function request()
  if mode == "get" then
    local r = prepared[turn]
    turn = (turn + 1) % math.max(tenants, 1)
    return r
  end
  if location then
    return wrk.format("DELETE", location, headers(turn))
  end
  local body = string.format('{"svm": {"name": "vs%d"}, "region": "us-east-1", "key_id": "kmip-aws", '
    .. '"access_key_id": "AKIAEXAMPLE", "secret_access_key": "bench-secret"}', svm)
  return wrk.format("POST", path, headers(turn), body)
end
