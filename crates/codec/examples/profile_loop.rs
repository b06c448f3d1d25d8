//! Profiling aid.
#![allow(missing_docs)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let op = args[1].clone();
    if op == "sizes" { sizes(); return; }
    if op == "cmp" {
        let text = std::fs::read_to_string(&args[3]).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let rounds: usize = args[2].parse().unwrap();
        let mut tv = Vec::new();
        let mut td = Vec::new();
        for _ in 0..rounds {
            let t = std::time::Instant::now();
            for _ in 0..5 { for l in &lines { std::hint::black_box(serde_json::from_str::<serde_json::Value>(l).is_ok()); } }
            tv.push(t.elapsed().as_secs_f64() / 5.0);
            let t = std::time::Instant::now();
            for _ in 0..5 { for l in &lines { std::hint::black_box(ccwire_codec::decode(l).is_ok()); } }
            td.push(t.elapsed().as_secs_f64() / 5.0);
        }
        let mut r: Vec<f64> = tv.iter().zip(&td).map(|(v, d)| d / v).collect();
        tv.sort_by(f64::total_cmp); td.sort_by(f64::total_cmp); r.sort_by(f64::total_cmp);
        println!("value min {:.1}us med {:.1}us | decode min {:.1}us med {:.1}us | ratio of mins {:.3} median pair ratio {:.3}",
            tv[0]*1e6, tv[rounds/2]*1e6, td[0]*1e6, td[rounds/2]*1e6, td[0]/tv[0], r[rounds/2]);
        return;
    }
    let iters: usize = args[2].parse().unwrap();
    let text = std::fs::read_to_string(&args[3]).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut ok = 0usize;
    for _ in 0..iters {
        for l in &lines {
            ok += match op.as_str() {
                "value" => serde_json::from_str::<serde_json::Value>(l).is_ok() as usize,
                "decode" => ccwire_codec::decode(l).is_ok() as usize,
                "validate" => ccwire_codec::validate(l, ccwire_codec::Mode::Strict).valid as usize,
                _ => 0,
            };
        }
    }
    println!("{ok}");
}
#[allow(dead_code)]
pub fn sizes() {
    use std::mem::size_of;
    println!("Message {}", size_of::<ccwire_codec::Message>());
    println!("Interaction {}", size_of::<ccwire_model::webex::Interaction>());
    println!("CallProcessingDetails {}", size_of::<ccwire_model::webex::CallProcessingDetails>());
    println!("Participant {}", size_of::<ccwire_model::webex::Participant>());
    println!("MediaLeg {}", size_of::<ccwire_model::webex::MediaLeg>());
    println!("RoutingEvent {}", size_of::<ccwire_events::webex::routing::RoutingEvent>());
    println!("ContactRef {}", size_of::<ccwire_events::webex::routing::ContactRef>());
    println!("Extra {}", size_of::<ccwire_model::wire::Extra>());
    println!("String {}", size_of::<String>());
}
