//! `#[derive(Wire)]`: lossless, strict JSON objects for ccwire.
//!
//! The derive writes `serde::Deserialize`, `serde::Serialize`, `schemars::JsonSchema` and
//! `ccwire_wire::wire::WireObject` for a struct with named fields, so that:
//!
//! * every known field is decoded with its precise type and errors keep the JSON path
//!   (no `#[serde(flatten)]` buffering);
//! * `Option<T>` fields may be absent but not `null`, `Nullable<T>` fields may be absent, `null` or
//!   a value, and every other field is required — the exported schema says exactly the same;
//! * an `Option<T>` or `Nullable<T>` field marked `#[wire(expected)]` is a member every known
//!   message carries but no reference promises: decoding accepts its absence, drift inspection
//!   reports it (`missing-member`, an error in strict mode) and the strict schema requires it;
//! * unknown members are kept in the field marked `#[wire(extra)]` and written back unchanged;
//! * parts shared by several messages are composed with `#[wire(flatten)]`;
//! * a struct-level `#[wire(tag = "Kind")]` requires and writes `"type": "Kind"`.
//!
//! This crate is an implementation detail of `ccwire-wire`, which re-exports the macro.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{format_ident, quote};
use syn::{
    Data, DeriveInput, Fields, GenericArgument, LitStr, PathArguments, Type, parse_macro_input,
};

/// Derives a strict, lossless wire object. See the crate documentation.
#[proc_macro_derive(Wire, attributes(wire))]
pub fn derive_wire(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

enum Shape {
    Required,
    /// `Option<T>`: absent or a value (never null). Holds `T`.
    Optional(Box<Type>),
    /// `Nullable<T>`: absent, null or a value.
    Nullable,
}

struct FieldSpec {
    ident: syn::Ident,
    ty: Type,
    wire: String,
    shape: Shape,
    /// `#[wire(expected)]`: absence is drift (see the crate documentation).
    expected: bool,
    docs: String,
}

struct Spec {
    fields: Vec<FieldSpec>,
    flattened: Vec<(syn::Ident, Type)>,
    extra: Option<syn::Ident>,
    tag: Option<(String, String)>,
    docs: String,
    title: Option<String>,
}

fn docs_of(attrs: &[syn::Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("doc")
            && let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            lines.push(s.value().trim().to_owned());
        }
    }
    // Keep the summary paragraph only: examples and details belong to rustdoc.
    let mut out = Vec::new();
    for line in lines {
        if line.is_empty() {
            if out.is_empty() {
                continue;
            }
            break;
        }
        out.push(line);
    }
    out.join(" ")
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.trim_start_matches("r#").chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(tp) if tp.qself.is_none() => tp.path.segments.last(),
        _ => None,
    }
}

fn single_generic(seg: &syn::PathSegment) -> Option<Type> {
    if let PathArguments::AngleBracketed(args) = &seg.arguments
        && args.args.len() == 1
        && let Some(GenericArgument::Type(t)) = args.args.first()
    {
        return Some(t.clone());
    }
    None
}

fn parse_spec(input: &DeriveInput) -> syn::Result<Spec> {
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "Wire can only be derived for structs",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "Wire needs named fields",
        ));
    };
    let mut tag_value = None;
    let mut tag_key = None;
    let mut title = None;
    for attr in &input.attrs {
        if !attr.path().is_ident("wire") {
            continue;
        }
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("tag") {
                let v: LitStr = meta.value()?.parse()?;
                tag_value = Some(v.value());
                Ok(())
            } else if meta.path.is_ident("tag_key") {
                let v: LitStr = meta.value()?.parse()?;
                tag_key = Some(v.value());
                Ok(())
            } else if meta.path.is_ident("title") {
                let v: LitStr = meta.value()?.parse()?;
                title = Some(v.value());
                Ok(())
            } else {
                Err(meta.error("unknown wire attribute (expected `tag`, `tag_key` or `title`)"))
            }
        })?;
    }
    let tag = tag_value.map(|v| (tag_key.unwrap_or_else(|| "type".to_owned()), v));
    let mut spec = Spec {
        fields: Vec::new(),
        flattened: Vec::new(),
        extra: None,
        tag,
        docs: docs_of(&input.attrs),
        title,
    };
    for field in &named.named {
        let Some(ident) = field.ident.clone() else {
            return Err(syn::Error::new_spanned(field, "Wire needs named fields"));
        };
        let mut rename = None;
        let mut flatten = false;
        let mut extra = false;
        let mut expected = false;
        for attr in &field.attrs {
            if !attr.path().is_ident("wire") {
                continue;
            }
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let v: LitStr = meta.value()?.parse()?;
                    rename = Some(v.value());
                    Ok(())
                } else if meta.path.is_ident("flatten") {
                    flatten = true;
                    Ok(())
                } else if meta.path.is_ident("extra") {
                    extra = true;
                    Ok(())
                } else if meta.path.is_ident("expected") {
                    expected = true;
                    Ok(())
                } else {
                    Err(meta.error(
                        "unknown wire field attribute \
                         (expected `rename`, `flatten`, `extra` or `expected`)",
                    ))
                }
            })?;
        }
        if extra {
            if spec.extra.is_some() {
                return Err(syn::Error::new_spanned(
                    field,
                    "only one #[wire(extra)] field",
                ));
            }
            spec.extra = Some(ident);
            continue;
        }
        if flatten {
            spec.flattened.push((ident, field.ty.clone()));
            continue;
        }
        let shape = match last_segment(&field.ty) {
            Some(seg) if seg.ident == "Option" => match single_generic(seg) {
                Some(inner) => Shape::Optional(Box::new(inner)),
                None => Shape::Required,
            },
            Some(seg) if seg.ident == "Nullable" => Shape::Nullable,
            _ => Shape::Required,
        };
        if expected && matches!(shape, Shape::Required) {
            return Err(syn::Error::new_spanned(
                field,
                "#[wire(expected)] needs an Option or Nullable field (a required member is never absent)",
            ));
        }
        let wire = rename.unwrap_or_else(|| camel_case(&ident.to_string()));
        spec.fields.push(FieldSpec {
            ident,
            ty: field.ty.clone(),
            wire,
            shape,
            expected,
            docs: docs_of(&field.attrs),
        });
    }
    Ok(spec)
}

fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let spec = parse_spec(input)?;
    let name = &input.ident;
    let builder = format_ident!("__{}WireBuilder", name);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "Wire does not support generic structs",
        ));
    }
    let m = quote!(::ccwire_wire::__private);

    // ---- builder ----
    let builder_fields = spec.fields.iter().map(|f| {
        let id = &f.ident;
        let ty = &f.ty;
        match f.shape {
            Shape::Optional(_) => quote!(#id: #ty),
            _ => quote!(#id: ::core::option::Option<#ty>),
        }
    });
    let builder_flat = spec
        .flattened
        .iter()
        .map(|(id, ty)| quote!(#id: <#ty as #m::WireObject>::Builder));
    let builder_extra = spec.extra.iter().map(|id| quote!(#id: #m::Extra));

    // ---- accept ----
    let accept_arms = spec.fields.iter().map(|f| {
        let id = &f.ident;
        let wire = &f.wire;
        let read_ty = match &f.shape {
            Shape::Optional(inner) => quote!(#inner),
            _ => {
                let ty = &f.ty;
                quote!(#ty)
            }
        };
        // An array member charges its elements to the memory budget as they are read.
        let read = if is_vec(&read_ty) {
            quote!(read_member_seq)
        } else {
            quote!(read_member)
        };
        quote! {
            #wire => #m::#read::<#read_ty, __A>(map, &mut builder.#id, #wire),
        }
    });
    let tag_arm = spec.tag.as_ref().map(|(key, value)| {
        quote! {
            #key => {
                if builder.__tag_seen {
                    return ::core::result::Result::Err(#m::duplicate(map, #key));
                }
                builder.__tag_seen = true;
                let tag: #m::KeyStr<'de> = #m::MapAccess::next_value(map)?;
                if tag.as_str() != #value {
                    return ::core::result::Result::Err(<__A::Error as #m::DeError>::invalid_value(
                        #m::Unexpected::Str(tag.as_str()), &#value));
                }
                ::core::result::Result::Ok(true)
            }
        }
    });
    let tag_slot = spec.tag.as_ref().map(|_| quote!(__tag_seen: bool,));
    let tag_finish = spec.tag.as_ref().map(|(key, _)| {
        quote! {
            if !builder.__tag_seen {
                return ::core::result::Result::Err(<__E as #m::DeError>::missing_field(#key));
            }
        }
    });
    let flat_accept = spec.flattened.iter().map(|(id, ty)| {
        quote! {
            if <#ty as #m::WireObject>::accept(&mut builder.#id, key, map)? {
                return ::core::result::Result::Ok(true);
            }
        }
    });

    // ---- finish ----
    let finish_fields = spec.fields.iter().map(|f| {
        let id = &f.ident;
        let wire = &f.wire;
        match f.shape {
            Shape::Required => quote! {
                #id: match builder.#id {
                    ::core::option::Option::Some(v) => v,
                    ::core::option::Option::None => {
                        return ::core::result::Result::Err(<__E as #m::DeError>::missing_field(#wire));
                    }
                }
            },
            Shape::Optional(_) => quote!(#id: builder.#id),
            Shape::Nullable => quote!(#id: builder.#id.unwrap_or_default()),
        }
    });
    let finish_flat = spec
        .flattened
        .iter()
        .map(|(id, ty)| quote!(#id: <#ty as #m::WireObject>::finish::<__E>(builder.#id)?));
    // A repeated unknown member is looked for once, when the object ends.
    let finish_extra = spec
        .extra
        .iter()
        .map(|id| quote!(let #id = #m::Extra::checked::<__E>(builder.#id)?;));
    let extra_fields = spec.extra.iter();

    // ---- serialize ----
    let ser_fields = spec.fields.iter().map(|f| {
        let id = &f.ident;
        let wire = &f.wire;
        match f.shape {
            Shape::Required => quote!(#m::SerializeMap::serialize_entry(map, #wire, &self.#id)?;),
            Shape::Optional(_) => quote! {
                if let ::core::option::Option::Some(v) = &self.#id {
                    #m::SerializeMap::serialize_entry(map, #wire, v)?;
                }
            },
            Shape::Nullable => quote! {
                if !self.#id.is_absent() {
                    #m::SerializeMap::serialize_entry(map, #wire, &self.#id)?;
                }
            },
        }
    });
    let ser_flat = spec
        .flattened
        .iter()
        .map(|(id, ty)| quote!(<#ty as #m::WireObject>::serialize_fields(&self.#id, map)?;));
    let ser_tag = spec
        .tag
        .as_ref()
        .map(|(key, value)| quote!(#m::SerializeMap::serialize_entry(&mut map, #key, #value)?;));
    let ser_extra = spec.extra.iter().map(|id| {
        quote! {
            for (k, v) in self.#id.iter() {
                #m::SerializeMap::serialize_entry(&mut map, k, &v)?;
            }
        }
    });

    // ---- inspect ----
    let inspect_fields = spec.fields.iter().map(|f| {
        let id = &f.ident;
        let wire = &f.wire;
        let missing = match (&f.shape, f.expected) {
            (Shape::Optional(_), true) => quote! {
                if self.#id.is_none() {
                    #m::missing_member(pointer, #wire, out);
                }
            },
            (Shape::Nullable, true) => quote! {
                if self.#id.is_absent() {
                    #m::missing_member(pointer, #wire, out);
                }
            },
            _ => quote!(),
        };
        quote! {
            #missing
            #m::Inspect::inspect_member(&self.#id, pointer, #wire, out);
        }
    });
    let inspect_flat = spec
        .flattened
        .iter()
        .map(|(id, ty)| quote!(<#ty as #m::WireObject>::inspect_fields(&self.#id, pointer, out);));
    let inspect_extra = spec
        .extra
        .iter()
        .map(|id| quote!(#m::Inspect::inspect(&self.#id, pointer, out);));

    // ---- schema ----
    let schema_fields = spec.fields.iter().map(|f| {
        let wire = &f.wire;
        let docs = &f.docs;
        let sub = match &f.shape {
            Shape::Optional(inner) => quote!(generator.subschema_for::<#inner>()),
            _ => {
                let ty = &f.ty;
                quote!(generator.subschema_for::<#ty>())
            }
        };
        let req = match (&f.shape, f.expected) {
            (Shape::Required, _) => quote!(required.push(#wire.to_owned());),
            // Absence is drift: the strict schema, like strict validation, refuses it.
            (_, true) => quote! {
                if #m::is_strict() {
                    required.push(#wire.to_owned());
                }
            },
            _ => quote!(),
        };
        quote! {
            properties.insert(#wire.to_owned(), #m::describe(#sub, #docs));
            #req
        }
    });
    let schema_flat = spec.flattened.iter().map(
        |(_, ty)| quote!(<#ty as #m::WireObject>::schema_fields(generator, properties, required);),
    );
    let schema_tag = spec.tag.as_ref().map(|(key, value)| {
        quote! {
            properties.insert(#key.to_owned(), #m::json!({ "const": #value }));
            required.push(#key.to_owned());
        }
    });
    let additional = spec.extra.is_some();
    let docs = &spec.docs;
    let schema_name = spec.title.clone().unwrap_or_else(|| name.to_string());

    let mut field_names: Vec<String> = spec.tag.iter().map(|(k, _)| k.clone()).collect();
    field_names.extend(spec.fields.iter().map(|f| f.wire.clone()));
    let flat_names = spec
        .flattened
        .iter()
        .map(|(_, ty)| quote!(<#ty as #m::WireObject>::field_names(out);));

    let unknown_key = if let Some(extra) = &spec.extra {
        quote!(#m::read_extra(map, &mut builder.#extra, key))
    } else {
        quote! {
            {
                const FIELDS: &[&str] = &[#(#field_names),*];
                ::core::result::Result::Err(<__A::Error as #m::DeError>::unknown_field(key, FIELDS))
            }
        }
    };
    let expecting = format!("a {name} object");

    Ok(quote! {
        #[doc(hidden)]
        #[derive(Default)]
        #[allow(non_camel_case_types, missing_docs, unreachable_pub)]
        pub struct #builder {
            #tag_slot
            #(#builder_fields,)*
            #(#builder_flat,)*
            #(#builder_extra,)*
        }

        impl #impl_generics #m::WireObject for #name #ty_generics #where_clause {
            type Builder = #builder;

            fn field_names(out: &mut ::std::vec::Vec<&'static str>) {
                out.extend_from_slice(&[#(#field_names),*]);
                #(#flat_names)*
            }

            fn accept<'de, __A: #m::MapAccess<'de>>(
                builder: &mut Self::Builder,
                key: &str,
                map: &mut __A,
            ) -> ::core::result::Result<bool, __A::Error> {
                match key {
                    #tag_arm
                    #(#accept_arms)*
                    _ => {
                        #(#flat_accept)*
                        ::core::result::Result::Ok(false)
                    }
                }
            }

            fn accept_unknown<'de, __A: #m::MapAccess<'de>>(
                builder: &mut Self::Builder,
                key: &str,
                map: &mut __A,
            ) -> ::core::result::Result<(), __A::Error> {
                let _ = (&builder, &map);
                #unknown_key
            }

            fn finish<__E: #m::DeError>(builder: Self::Builder) -> ::core::result::Result<Self, __E> {
                #(#finish_extra)*
                #tag_finish
                ::core::result::Result::Ok(Self {
                    #(#finish_fields,)*
                    #(#finish_flat,)*
                    #(#extra_fields,)*
                })
            }

            fn serialize_fields<__M: #m::SerializeMap>(&self, map: &mut __M) -> ::core::result::Result<(), __M::Error> {
                #(#ser_fields)*
                #(#ser_flat)*
                ::core::result::Result::Ok(())
            }

            fn inspect_fields(&self, pointer: &#m::Pointer<'_>, out: &mut #m::Findings) {
                #(#inspect_fields)*
                #(#inspect_flat)*
            }

            fn schema_fields(
                generator: &mut #m::SchemaGenerator,
                properties: &mut #m::Map<::std::string::String, #m::Value>,
                required: &mut ::std::vec::Vec<::std::string::String>,
            ) {
                #schema_tag
                #(#schema_fields)*
                #(#schema_flat)*
            }
        }

        impl<'de> #m::Deserialize<'de> for #name {
            fn deserialize<__D: #m::Deserializer<'de>>(deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> #m::Visitor<'de> for __Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<__A: #m::MapAccess<'de>>(self, mut map: __A) -> ::core::result::Result<#name, __A::Error> {
                        let mut builder = <#builder as ::core::default::Default>::default();
                        <#name as #m::WireObject>::accept_members(&mut builder, &mut map)?;
                        <#name as #m::WireObject>::finish(builder)
                    }
                }
                #m::Deserializer::deserialize_map(deserializer, __Visitor)
            }
        }

        impl #m::Serialize for #name {
            fn serialize<__S: #m::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                let mut map = #m::Serializer::serialize_map(serializer, ::core::option::Option::None)?;
                #ser_tag
                <Self as #m::WireObject>::serialize_fields(self, &mut map)?;
                #(#ser_extra)*
                #m::SerializeMap::end(map)
            }
        }

        impl #m::Inspect for #name {
            fn inspect(&self, pointer: &#m::Pointer<'_>, out: &mut #m::Findings) {
                <Self as #m::WireObject>::inspect_fields(self, pointer, out);
                #(#inspect_extra)*
            }
        }

        impl #m::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#schema_name)
            }
            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(::core::concat!(::core::module_path!(), "::", #schema_name))
            }
            fn json_schema(generator: &mut #m::SchemaGenerator) -> #m::Schema {
                let mut properties = #m::Map::new();
                let mut required = ::std::vec::Vec::new();
                <Self as #m::WireObject>::schema_fields(generator, &mut properties, &mut required);
                #m::object_schema(#docs, properties, required, #additional)
            }
        }
    })
}

/// Whether the tokens of a type name `Vec<…>` (by its last path segment).
fn is_vec(ty: &TokenStream2) -> bool {
    syn::parse2::<Type>(ty.clone()).is_ok_and(|ty| match ty {
        Type::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == "Vec"),
        _ => false,
    })
}
