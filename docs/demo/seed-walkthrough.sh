#!/usr/bin/env bash
# Runs the packaged service on its embedded database against stub providers (WireMock standalone
# in docs/demo/stubs) and walks the seed's examples (§1, §2–§6), checking every answer's status.
# Build first: ./mvnw -DskipTests package (the test build also fetches WireMock into ~/.m2).
# Usage: docs/demo/seed-walkthrough.sh   (ports 8080 and 8089 must be free)
set -uo pipefail
cd "$(dirname "$0")/../.."

WIREMOCK=$(find ~/.m2/repository/org/wiremock/wiremock-standalone -name 'wiremock-standalone-*.jar' | sort | tail -n 1)
[ -n "$WIREMOCK" ] || { echo "WireMock not in ~/.m2: run ./mvnw verify once"; exit 2; }
WORK=$(mktemp -d)
API=http://localhost:8080
A=9a92ea44-244c-4cda-86be-6a9e32ba8f34
failures=0

java -jar "$WIREMOCK" --port 8089 --root-dir docs/demo/stubs --global-response-templating \
  --disable-banner > "$WORK/wiremock.log" 2>&1 &
STUB=$!
OMNICHANNEL_DATA_DIR="$WORK/data" java -jar bootstrap/target/quarkus-app/quarkus-run.jar \
  > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE $STUB 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 1 120); do
  curl -sf "$API/q/health/ready" >/dev/null && curl -sf localhost:8089/__admin/mappings >/dev/null && break
  sleep 0.5
done

# call NAME EXPECTED_STATUS METHOD PATH [BODY]: prints the answer, counts a wrong status.
call() {
  local name=$1 expected=$2 method=$3 path=$4 body=${5:-}
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$method" "$API$path" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $KEY" ${body:+-d "$body"})
  status=${out##*$'\n'}
  LAST=${out%$'\n'*}
  if [ "$status" = "$expected" ]; then echo "ok   $status $name"; else
    echo "FAIL $status (expected $expected) $name: $LAST"; failures=$((failures + 1)); fi
}
field() { python3 -c 'import json,sys; print(eval("json.loads(sys.argv[1])" + sys.argv[2]))' "$LAST" "$1"; }

# The operator key the first start generated makes the account's key; every call below uses it alone.
KEY=$(cat "$WORK/data/admin-api-key")
call "account API key (operator key)" 201 POST /api/accounts/$A/api-keys '{"name":"walkthrough"}'
KEY=$(field '["key"]')
call "who the key is" 200 GET /api/me

call "platform config (WhatsApp Web)" 201 POST /api/accounts/$A/platform-configs \
  '{"provider":"whatsappweb","name":"Gateway","baseUrl":"http://localhost:8089","clientNumber":"5521977776666"}'
WW_CONFIG=$(field '["_id"]')
call "platform config (360dialog)" 201 POST /api/accounts/$A/platform-configs \
  '{"provider":"d360","name":"360dialog","baseUrl":"http://localhost:8089","apiKey":"demo-key"}'
D360_CONFIG=$(field '["_id"]')
call "channel (WhatsApp Web), webhook configured" 201 POST /api/accounts/$A/channels \
  "{\"platformConfigId\":\"$WW_CONFIG\",\"name\":\"Vendas\",\"phoneNumber\":\"5521977776666\",\"channelType\":\"whatsapp\",\"defaultPlatform\":\"crm\"}"
WW_CHANNEL=$(field '["_id"]'); WW_HOOK=$(field '["webhookUrl"]')
call "channel (360dialog), webhook configured" 201 POST /api/accounts/$A/channels \
  "{\"platformConfigId\":\"$D360_CONFIG\",\"name\":\"Oficial\",\"phoneNumber\":\"5521966665555\",\"channelType\":\"whatsapp\"}"
D360_CHANNEL=$(field '["_id"]'); D360_HOOK=$(field '["webhookUrl"]')
call "§10.1 status" 200 GET /api/accounts/$A/channels/$WW_CHANNEL/status
call "§10.2 validate" 200 GET /api/accounts/$A/channels/$WW_CHANNEL/validate/5521988887777

call "§1.1 create contact" 201 POST /api/accounts/$A/contacts \
  "{\"clientIdentifier\":\"$A\",\"contactIdentifier\":\"5521988887777\",\"name\":\"João Silva\",\"channelId\":\"$WW_CHANNEL\",\"channelType\":\"whatsapp\",\"type\":\"individual\",\"customName\":\"João (Mercearia)\"}"
CONTACT=$(field '["_id"]')
call "§1.2 update contact" 200 PATCH /api/accounts/$A/contacts/$CONTACT \
  "{\"clientIdentifier\":\"$A\",\"contactId\":\"$CONTACT\",\"customName\":\"Nome Modificado\",\"platform\":\"karoochatnew\"}"
call "§1.3 list contacts" 200 GET "/api/accounts/$A/contacts?page=1&limit=20&name=joao"

deliver() { curl -s -o /dev/null -w '%{http_code}' -X POST "$1" -H 'Content-Type: application/json' -d "$2"; }
NOW=$(date +%s)
s=$(deliver "$WW_HOOK" "{\"type\":\"MESSAGE\",\"from\":\"5521988887777\",\"fromUserName\":\"João Silva\",\"to\":\"web5521977776666\",\"body\":{\"content\":\"Olá, preciso de ajuda\",\"type\":\"text\"},\"timestamp\":$NOW}")
[ "$s" = 200 ] && echo "ok   200 §5.1 WhatsApp Web message" || { echo "FAIL $s §5.1"; failures=$((failures + 1)); }
s=$(deliver "$WW_HOOK" '{"type":"GROUP_MESSAGE","from":"5521988887777","fromUserName":"João Silva","to":"5521977776666-group","body":{"content":"Olá pessoal!","type":"text"},"groupInfo":{"id":"5521977776666-group","name":"Grupo de Vendas","participants":["5521988887777","5521955554444"]}}')
[ "$s" = 200 ] && echo "ok   200 §1.2 group import" || { echo "FAIL $s §1.2"; failures=$((failures + 1)); }
s=$(deliver "$D360_HOOK" "{\"messages\":[{\"id\":\"wamid.demo-in\",\"from\":\"5521988887777\",\"type\":\"text\",\"timestamp\":\"$NOW\",\"text\":{\"body\":\"Olá, preciso de ajuda\"}}],\"contacts\":[{\"profile\":{\"name\":\"João Silva\"},\"wa_id\":\"5521988887777\"}]}")
[ "$s" = 200 ] && echo "ok   200 §5.2 360dialog message" || { echo "FAIL $s §5.2"; failures=$((failures + 1)); }

call "inbox" 200 GET "/api/accounts/$A/sessions?status=active"
sessions_of() { python3 -c "
import json,sys; d=json.loads(sys.argv[1])['data']
print([s['_id'] for s in d if s['type']==sys.argv[2] and s['client']['providerId']=='5521988887777'][0])" "$LAST" "$1"; }
WW_SESSION=$(sessions_of whatsappweb); D360_SESSION=$(sessions_of d360)
call "§6.1 get session" 200 GET /api/session/$WW_SESSION

for p in ww:$WW_SESSION d360:$D360_SESSION; do
  P=${p%%:*}; S=${p#*:}
  call "§2.1 text ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"text\":\"Olá! Como posso ajudá-lo?\",\"agentName\":\"Atendente Maria\"}"
  call "§2.2 audio ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"mediaUri\":\"https://s3.amazonaws.com/bucket/audio.ogg\",\"agentName\":\"Atendente Maria\"}"
  call "§2.3 image ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"mediaUri\":\"https://s3.amazonaws.com/bucket/imagem.jpg\",\"text\":\"Confira esta imagem!\",\"agentName\":\"Atendente Maria\"}"
  call "§2.4 video ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"mediaUri\":\"https://s3.amazonaws.com/bucket/video.mp4\",\"text\":\"Vídeo explicativo\",\"agentName\":\"Atendente Maria\"}"
  call "§2.5 document ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"mediaUri\":\"https://s3.amazonaws.com/bucket/documento.pdf\",\"agentName\":\"Atendente Maria\"}"
  call "§2.6 sticker ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"mediaUri\":\"https://s3.amazonaws.com/bucket/sticker.webp\",\"agentName\":\"Atendente Maria\"}"
  call "§2.7 contacts ($P)" 200 POST /api/message/send "{\"sessionId\":\"$S\",\"interactive\":{\"type\":\"contacts\",\"contacts\":[{\"name\":{\"first_name\":\"João\",\"last_name\":\"Silva\",\"formatted_name\":\"João Silva\"},\"phones\":[{\"phone\":\"5521988887777\",\"type\":\"WORK\",\"wa_id\":\"5521988887777\"}]}]},\"agentName\":\"Atendente Maria\"}"
done
call "§4.3 quote (360dialog)" 200 POST /api/message/send "{\"sessionId\":\"$D360_SESSION\",\"text\":\"Respondendo à sua pergunta...\",\"quotedMessage\":{\"id\":\"wamid.demo-in\"},\"agentName\":\"Atendente Maria\"}"
BUTTONS='"interactive":{"type":"button","body":{"text":"Escolha uma opção:"},"action":{"buttons":[{"type":"reply","reply":{"id":"opcao_1","title":"Opção 1"}},{"type":"reply","reply":{"id":"opcao_2","title":"Opção 2"}}]}}'
LIST='"interactive":{"type":"list","body":{"text":"Selecione um departamento:"},"action":{"button":"Ver opções","sections":[{"title":"Departamentos","rows":[{"id":"vendas","title":"Vendas","description":"Equipe de vendas"},{"id":"suporte","title":"Suporte","description":"Suporte técnico"}]}]}}'
call "§4.4 buttons (360dialog)" 200 POST /api/message/send "{\"sessionId\":\"$D360_SESSION\",$BUTTONS}"
call "§4.4 list (360dialog)" 200 POST /api/message/send "{\"sessionId\":\"$D360_SESSION\",$LIST}"
call "§7 ❌ buttons on WhatsApp Web" 422 POST /api/message/send "{\"sessionId\":\"$WW_SESSION\",$BUTTONS}"
call "§7 ❌ lists on WhatsApp Web" 422 POST /api/message/send "{\"sessionId\":\"$WW_SESSION\",$LIST}"
call "§3.1 group text" 200 POST /api/message '{"recipientNumber":"5521977776666-group","text":"Olá pessoal do grupo!","isGroupMesssage":true}'
call "§3.3 group image" 200 POST /api/message '{"recipientNumber":"5521977776666-group","mediaUri":"https://s3.amazonaws.com/bucket/imagem.jpg","text":"Imagem para o grupo","isGroupMesssage":true}'
call "§4.5 template" 200 POST /api/message/start/d360 '{"to":"5521988887777","userName":"João Silva","companyName":"Alterdata","template":"contato_cliente","templateVariables":["João Silva","Alterdata"]}'
call "§2.1 text to get an id to delete" 200 POST /api/message/send "{\"sessionId\":\"$WW_SESSION\",\"text\":\"ops\"}"
SENT=$(field '["messageId"]')
call "§4.6 delete (WhatsApp Web)" 200 DELETE "/api/message/$SENT?senderId=5521977776666&channelSlug=whatsappweb"
call "§7 ❌ delete on 360dialog" 422 DELETE "/api/message/wamid.x?senderId=5521966665555&channelSlug=d360"
call "§7 ❌ validation on 360dialog" 422 GET /api/accounts/$A/channels/$D360_CHANNEL/validate/5521988887777
call "§6.2 transfer" 200 POST /api/session/transfer/$WW_SESSION '{"params":{"platformSlug":"crm","agentId":"agent_123"},"transferMessage":"Transferindo para o especialista..."}'
call "§6.3 finish" 200 DELETE /api/session/finish/$WW_SESSION
call "§6.3 finish again" 409 DELETE /api/session/finish/$WW_SESSION
call "history" 200 GET "/api/session/$D360_SESSION/messages?limit=100"
echo "stub providers received $(curl -s localhost:8089/__admin/requests | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total"])') requests"

[ "$failures" = 0 ] && echo "all seed examples answered as expected" || echo "$failures unexpected answers (logs in $WORK)"
exit "$failures"
