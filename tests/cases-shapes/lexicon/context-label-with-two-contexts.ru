# A context label needs one context, not a choice of two.
# expect: dsh:ContextLabel-context
INSERT DATA { agreement:minsk-agreements dip:contextLabel "Minsk"@en ; dip:labelContext format:normandy-format ,
              country:france }
