# `tour 3` goes to step 3, as `tour("3")` does.
> tour 3
Tour 3/9: The supply side: phases of GPUs
Deliveries come in phases: P1 is the first 1 GW of MI450 from 2026-07-01.
Delivered gigawatts add up over the phases; each GPU draws about 3 kW of
facility power and earns AMD about $45k.
Type:
  show phases
  deployment at: 2028-01-01
  explain phase P1
Then: tour next · tour back
