// SPDX-License-Identifier: EPL-2.0
// A measurement aid for docs/performance.md (issue #16), not part of the product or its build: the horses model's
// convolutions called directly through oneDNN's C++ API, each with persistent memory in the primitive's own layout
// and the reorders from/to the plain NCHW arrays the engine holds counted in, median of 12 calls.
//   apt-get install libdnnl-dev   # Debian 12: oneDNN 2.6.3
//   g++ -O2 -o /tmp/onednn_conv onednn_conv.cpp -ldnnl
//   for l in "3 300 16" "16 149 32" "32 73 64" "64 35 64" "64 16 64"; do OMP_NUM_THREADS=1 /tmp/onednn_conv 16 $l; done
// Arguments: batch, input channels, input height (= width), filters; 3x3, stride 1, no padding, as the course's model.
#include <dnnl.hpp>
#include <chrono>
#include <cstdio>
#include <vector>
#include <algorithm>
#include <cstdlib>
using namespace dnnl;
using tag = memory::format_tag; using dt = memory::data_type;
static double ms(std::chrono::steady_clock::time_point a){return std::chrono::duration<double,std::milli>(std::chrono::steady_clock::now()-a).count();}
int main(int argc,char**argv){
  int N=atoi(argv[1]), C=atoi(argv[2]), H=atoi(argv[3]), K=atoi(argv[4]); int O=H-2;
  engine eng(engine::kind::cpu,0); stream s(eng);
  memory::dims src_d={N,C,H,H}, w_d={K,C,3,3}, b_d={K}, dst_d={N,K,O,O}, st={1,1}, pad={0,0};
  auto src_u=memory({src_d,dt::f32,tag::nchw},eng), dst_u=memory({dst_d,dt::f32,tag::nchw},eng);
  auto w_u=memory({w_d,dt::f32,tag::oihw},eng), b_u=memory({b_d,dt::f32,tag::x},eng);
  auto dw_u=memory({w_d,dt::f32,tag::oihw},eng), db_u=memory({b_d,dt::f32,tag::x},eng);
  auto ddst_u=memory({dst_d,dt::f32,tag::nchw},eng), dsrc_u=memory({src_d,dt::f32,tag::nchw},eng);
  for(auto*m:{&src_u,&w_u,&ddst_u}){float*p=(float*)m->get_data_handle(); size_t n=m->get_desc().get_size()/4; for(size_t i=0;i<n;i++)p[i]=(float)((i*2654435761u)%1000)/1000.f-0.5f;}
  auto any=[](memory::dims d){return memory::desc(d,dt::f32,tag::any);};
  auto fd=convolution_forward::desc(prop_kind::forward_training,algorithm::convolution_direct,any(src_d),any(w_d),memory::desc(b_d,dt::f32,tag::x),any(dst_d),st,pad,pad);
  auto fpd=convolution_forward::primitive_desc(fd,eng);
  auto wd=convolution_backward_weights::desc(algorithm::convolution_direct,any(src_d),any(w_d),memory::desc(b_d,dt::f32,tag::x),any(dst_d),st,pad,pad);
  auto wpd=convolution_backward_weights::primitive_desc(wd,eng,fpd);
  auto dd=convolution_backward_data::desc(algorithm::convolution_direct,any(src_d),any(w_d),any(dst_d),st,pad,pad);
  auto dpd=convolution_backward_data::primitive_desc(dd,eng,fpd);
  printf("layer %dx%dx%d -> %d: impl fwd %s, bwd_w %s, bwd_d %s\n",C,H,H,K,fpd.impl_info_str(),wpd.impl_info_str(),dpd.impl_info_str());
  // persistent memories in the primitives' layouts
  auto m=[&](memory::desc d){return memory(d,eng);};
  auto f_src=m(fpd.src_desc()), f_w=m(fpd.weights_desc()), f_dst=m(fpd.dst_desc());
  auto w_src=m(wpd.src_desc()), w_ddst=m(wpd.diff_dst_desc()), w_dw=m(wpd.diff_weights_desc());
  auto d_ddst=m(dpd.diff_dst_desc()), d_w=m(dpd.weights_desc()), d_dsrc=m(dpd.diff_src_desc());
  auto time=[&](const char*name,auto body){std::vector<double> t; for(int i=0;i<12;i++){auto a=std::chrono::steady_clock::now(); body(); s.wait(); t.push_back(ms(a));} std::sort(t.begin(),t.end()); printf("%-44s median %7.1f ms  min %7.1f\n",name,t[t.size()/2],t[0]);};
  time("forward (reorders from nchw included)",[&]{reorder(src_u,f_src).execute(s,src_u,f_src); reorder(w_u,f_w).execute(s,w_u,f_w); convolution_forward(fpd).execute(s,{{DNNL_ARG_SRC,f_src},{DNNL_ARG_WEIGHTS,f_w},{DNNL_ARG_BIAS,b_u},{DNNL_ARG_DST,f_dst}}); reorder(f_dst,dst_u).execute(s,f_dst,dst_u);});
  auto bw=convolution_backward_weights(wpd);
  time("backward weights+bias (reorders included)",[&]{reorder(src_u,w_src).execute(s,src_u,w_src); reorder(ddst_u,w_ddst).execute(s,ddst_u,w_ddst); bw.execute(s,{{DNNL_ARG_SRC,w_src},{DNNL_ARG_DIFF_DST,w_ddst},{DNNL_ARG_DIFF_WEIGHTS,w_dw},{DNNL_ARG_DIFF_BIAS,db_u}}); reorder(w_dw,dw_u).execute(s,w_dw,dw_u);});
  time("backward weights+bias (primitive alone)",[&]{bw.execute(s,{{DNNL_ARG_SRC,w_src},{DNNL_ARG_DIFF_DST,w_ddst},{DNNL_ARG_DIFF_WEIGHTS,w_dw},{DNNL_ARG_DIFF_BIAS,db_u}});});
  auto bd=convolution_backward_data(dpd);
  time("backward data (the input gradient, reorders)",[&]{reorder(ddst_u,d_ddst).execute(s,ddst_u,d_ddst); reorder(w_u,d_w).execute(s,w_u,d_w); bd.execute(s,{{DNNL_ARG_DIFF_DST,d_ddst},{DNNL_ARG_WEIGHTS,d_w},{DNNL_ARG_DIFF_SRC,d_dsrc}}); reorder(d_dsrc,dsrc_u).execute(s,d_dsrc,dsrc_u);});
  return 0;
}
