-- A create+delete cycle: each connection (one per wrk thread) POSTs an AWS KMS configuration for its own SVM
-- (vs<base + thread number>), then DELETEs what the Location header names, and again.
-- Arguments: the collection path, the first SVM number. Counts answers other than 201/200 as wrk's status errors.
-- A create refused (the SVM still has the configuration of a cycle that an earlier run's end cut short) is followed by
-- a DELETE of the SVM's configurations by query, so one leftover costs one error, not the whole run.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "report.lua")

local location, create_path, base

function init(args)
  create_path = args[1]
  base = tonumber(args[2])
end

function request()
  if location then
    local path = location
    location = nil
    return wrk.format("DELETE", path)
  end
  local body = string.format('{"svm": {"name": "vs%d"}, "region": "us-east-1", "key_id": "kmip-aws", '
    .. '"access_key_id": "AKIAEXAMPLE", "secret_access_key": "bench-secret"}', base + id)
  return wrk.format("POST", create_path, nil, body)
end

function response(status, headers, body)
  if status == 409 then
    location = string.format("%s?svm.name=vs%d", create_path, base + id)
  elseif status == 201 then
    local l = headers["Location"] or headers["location"]
    -- a stub without a usable Location (Prism answers "string") gets a fixed record path deleted
    if l == nil or l:sub(1, 1) ~= "/" then
      l = create_path .. "/11111111-2222-4333-8444-555555555555"
    end
    location = l
  end
end
