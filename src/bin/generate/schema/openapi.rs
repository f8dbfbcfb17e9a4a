//! One OpenAPI 3.1 document for the whole API: calls to Hongxun under `paths`, Hongxun's
//! callbacks under `webhooks`, the envelopes and the `{code, message, flag, value}` response
//! under `components`. A call whose path Hongxun has not published is described at
//! `/dtc/sandbox/<id>` with the sandbox gateway as its only server, so a generated client never
//! calls a UAT path that does not exist.

use super::json_schema;
use super::writer::Writer;
use crate::catalog::{envelope, Endpoint, Envelope, Group, Provenance, ENDPOINTS};

const SERVER: &str = "https://uat.hongxunyun.cn";
/// The sandbox gateway as `make run` serves it (sandbox/config.js).
const SANDBOX: &str = "http://127.0.0.1:8787";

const DESCRIPTION: &str = "Every call is `POST` with a JSON body: the request wrapped in an envelope. \
The signed envelope carries `sign = MD5(createBy&dataSource&request&secret&timestamp)` (lowercase hex) \
where `request` is serialized as the server's fastjson writes it (keys sorted at every depth, null \
members left out) and `timestamp` is Beijing time `yyyy-MM-dd HH:mm:ss` within 10 minutes of the \
server's clock. Parts marked `x-provenance: inferred` are this project's model where the published \
documentation is cut off: they are not asserted.";

pub(super) fn write(w: &mut Writer) {
    w.object(|w| {
        w.key("openapi").string("3.1.0");
        w.key("info").object(|w| {
            w.key("title").string("Hongxun (鸿讯) partner API");
            w.key("version").string(env!("CARGO_PKG_VERSION"));
            w.key("description").string(DESCRIPTION);
        });
        w.key("jsonSchemaDialect").string(json_schema::DIALECT);
        w.key("servers").array(|w| {
            w.object(|w| {
                w.key("url").string(SERVER);
                w.key("description").string("UAT");
            })
        });
        w.key("tags").array(|w| {
            for group in Group::ALL {
                w.object(|w| {
                    w.key("name").string(group.as_str());
                    w.key("description").string(&format!("{} · {}", group.title_zh(), group.title_en()));
                });
            }
        });
        w.key("paths").object(|w| {
            for e in ENDPOINTS {
                if let Some(path) = super::operation_path(e) {
                    w.key(&path).object(|w| {
                        w.key("post");
                        operation(w, e);
                    });
                }
            }
        });
        w.key("webhooks").object(|w| {
            for e in ENDPOINTS.iter().filter(|e| !e.direction.to_hongxun()) {
                w.key(e.id).object(|w| {
                    w.key("post");
                    operation(w, e);
                });
            }
        });
        w.key("components").object(|w| {
            w.key("schemas").object(|w| {
                envelope_schema(w, "SignedEnvelope", &envelope::SIGNED, "Signed envelope (Appendix 1)");
                envelope_schema(w, "DeviceEnvelope", &envelope::DEVICE, "Device envelope (DWS, unsigned)");
                w.key("Response").object(|w| {
                    w.key("description").string("响应 · the answer to every call");
                    json_schema::object(w, &envelope::RESPONSE, Provenance::Documented, true);
                });
                for e in ENDPOINTS {
                    w.key(&super::type_name(e.id));
                    json_schema::request(w, e, false);
                }
            });
        });
    });
}

fn reference(w: &mut Writer, name: &str) {
    w.object(|w| {
        w.key("$ref").string(&format!("#/components/schemas/{name}"));
    });
}

fn operation(w: &mut Writer, e: &Endpoint) {
    w.object(|w| {
        w.key("operationId").string(e.id);
        w.key("tags").strings([e.group.as_str()]);
        w.key("summary").string(&format!("{} · {}", e.title_zh, e.title_en));
        w.key("description").string(&super::summary(e));
        if e.path.is_none() && e.direction.to_hongxun() {
            w.key("servers").array(|w| {
                w.object(|w| {
                    w.key("url").string(SANDBOX);
                    w.key("description")
                        .string("the sandbox gateway (`make run`): Hongxun has not published this path");
                })
            });
        }
        w.key("requestBody").object(|w| {
            w.key("required").boolean(true);
            w.key("content").object(|w| {
                w.key("application/json").object(|w| {
                    w.key("schema").object(|w| {
                        w.key("allOf").array(|w| {
                            reference(
                                w,
                                match e.envelope {
                                    Envelope::Signed => "SignedEnvelope",
                                    Envelope::Device => "DeviceEnvelope",
                                },
                            );
                            w.object(|w| {
                                w.key("properties").object(|w| {
                                    w.key("request");
                                    reference(w, &super::type_name(e.id));
                                });
                            });
                        });
                    });
                });
            });
        });
        w.key("responses").object(|w| {
            w.key("200").object(|w| {
                let who = if e.direction.to_hongxun() { "Hongxun's" } else { "The customer's" };
                w.key("description").string(&format!("{who} answer: code 200 and flag true on success"));
                w.key("content").object(|w| {
                    w.key("application/json").object(|w| {
                        w.key("schema");
                        reference(w, "Response");
                    });
                });
            });
        });
    });
}

/// An envelope: its documented fields, and a `request` that each operation narrows.
fn envelope_schema(w: &mut Writer, name: &str, fields: &crate::catalog::Object, title: &str) {
    w.key(name).object(|w| {
        w.key("description").string(title);
        w.key("allOf").array(|w| {
            w.object(|w| json_schema::object(w, fields, Provenance::Documented, true));
            w.object(|w| {
                w.key("properties").object(|w| {
                    w.key("request").object(|w| {
                        w.key("description").string("请求内容 · the request of the endpoint");
                        w.key("type").strings(["object", "array"]);
                    });
                });
                w.key("required").strings(["request"]);
            });
        });
    });
}
